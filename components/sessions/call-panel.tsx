"use client";

import { Mic, MicOff, PhoneOff, Video, VideoOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { useCall } from "./use-call";

function StreamVideo({
  stream,
  label,
  muted,
}: {
  stream: MediaStream | null;
  label: string;
  muted?: boolean;
}) {
  const t = useTranslations("sessions.call");
  const ref = useRef<HTMLVideoElement>(null);
  // A page that rejoined by itself after a reload has had no click yet: browsers may then refuse to
  // play sound, so the picture waits for one.
  const [blocked, setBlocked] = useState(false);
  const play = useCallback(
    () =>
      ref.current?.play().then(
        () => setBlocked(false),
        () => setBlocked(true),
      ),
    [],
  );
  useEffect(() => {
    const video = ref.current;
    if (!video || video.srcObject === stream) return;
    video.srcObject = stream;
    if (stream) void play();
  }, [stream, play]);
  return (
    <div className="relative">
      <video
        ref={ref}
        aria-label={label}
        autoPlay
        playsInline
        muted={muted}
        className="aspect-video w-full rounded-md bg-slate-900 object-cover"
      />
      {blocked ? (
        <div className="absolute inset-0 flex items-center justify-center">
          <Button variant="primary" onClick={() => void play()}>
            {t("resume")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** The call between the customer and the responsible employee, in the page; the server keeps the status. */
export function CallPanel({
  sessionId,
  polite,
  peersPresent,
  rejoin,
}: {
  sessionId: string;
  polite: boolean;
  peersPresent: boolean;
  rejoin: boolean;
}) {
  const t = useTranslations("sessions.call");
  const call = useCall({ sessionId, polite, autoJoin: rejoin });
  const inCall = call.phase === "waiting" || call.phase === "connected" || call.phase === "reconnecting";
  return (
    <Card aria-labelledby="call-heading">
      <CardTitle id="call-heading">{t("title")}</CardTitle>
      {call.problem ? <Alert tone="error">{t(`problems.${call.problem}`)}</Alert> : null}
      {inCall ? (
        <div className="space-y-3">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t(`phases.${call.phase}`)}
          </p>
          <div className="grid gap-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
            <StreamVideo stream={call.remote} label={t("remoteVideo")} />
            <StreamVideo stream={call.local} label={t("localVideo")} muted />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" onClick={call.toggleMute} aria-pressed={call.muted}>
              {call.muted ? <MicOff aria-hidden /> : <Mic aria-hidden />}
              {call.muted ? t("unmute") : t("mute")}
            </Button>
            <Button variant="outline" onClick={call.toggleCamera} aria-pressed={call.cameraOff}>
              {call.cameraOff ? <VideoOff aria-hidden /> : <Video aria-hidden />}
              {call.cameraOff ? t("cameraOn") : t("cameraOff")}
            </Button>
            <Button variant="destructive" onClick={() => void call.hangUp()}>
              <PhoneOff aria-hidden />
              {t("end")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="space-y-2">
          {call.phase === "ended" ? (
            <p className="text-sm text-muted-foreground">{t("phases.ended")}</p>
          ) : null}
          <p className="text-sm text-muted-foreground">{t("explain")}</p>
          <Button variant="primary" disabled={call.phase === "starting"} onClick={() => void call.join()}>
            <Video aria-hidden />
            {peersPresent ? t("join") : t("start")}
          </Button>
        </div>
      )}
    </Card>
  );
}
