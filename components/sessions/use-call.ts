"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { DeliveredSignal, SignalPayload } from "@/lib/calls/schemas";
import type { IceServer } from "@/lib/env";
import { CALL_SIGNAL_EVENT } from "./call-events";

export const CALL_PHASES = ["idle", "starting", "waiting", "connected", "reconnecting", "ended"] as const;
export type CallPhase = (typeof CALL_PHASES)[number];
export const DEVICE_PROBLEMS = ["denied", "noDevice", "busy", "unsupported", "failed"] as const;
export type DeviceProblem = (typeof DEVICE_PROBLEMS)[number];

const PING_MS = 5_000;

type Peer = { pc: RTCPeerConnection; queued: RTCIceCandidateInit[]; reported: boolean };

async function post(body: Record<string, unknown>): Promise<Response> {
  return fetch("/api/calls", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

function deviceProblem(error: unknown): DeviceProblem {
  const name = (error as { name?: string })?.name;
  switch (name) {
    case "NotAllowedError":
    case "SecurityError":
      return "denied";
    case "NotFoundError":
    case "OverconstrainedError":
      return "noDevice";
    case "NotReadableError":
    case "AbortError":
      return "busy";
    default:
      return "failed";
  }
}

/** ICE candidates that came before the remote description, added once it is set. */
async function flush(peer: Peer): Promise<void> {
  for (const candidate of peer.queued.splice(0)) await peer.pc.addIceCandidate(candidate).catch(() => {});
}

/** Camera and microphone, else the microphone alone (a laptop without a camera can still talk). */
async function openMedia(): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
  } catch (error) {
    if (deviceProblem(error) !== "noDevice") throw error;
    return navigator.mediaDevices.getUserMedia({ audio: true });
  }
}

/**
 * A browser call with plain RTCPeerConnection: signalling through the app (POST /api/calls out, the
 * live stream in). The one who joins second makes the offer; the customer is the "polite" side
 * should both offer at once. A reloaded side rejoins and offers again; the other side starts afresh.
 */
export function useCall({
  sessionId,
  polite,
  autoJoin,
}: {
  sessionId: string;
  polite: boolean;
  autoJoin: boolean;
}) {
  const [phase, setPhase] = useState<CallPhase>("idle");
  const [problem, setProblem] = useState<DeviceProblem | null>(null);
  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  const [local, setLocal] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const peers = useRef(new Map<string, Peer>());
  const media = useRef<MediaStream | null>(null);
  const ice = useRef<IceServer[]>([]);
  const joined = useRef(false);

  const signal = useCallback(
    (to: string, payload: SignalPayload) => void post({ type: "signal", sessionId, to, payload }),
    [sessionId],
  );

  const dropPeer = useCallback((id: string) => {
    peers.current.get(id)?.pc.close();
    peers.current.delete(id);
  }, []);

  const stopAll = useCallback(() => {
    for (const id of [...peers.current.keys()]) dropPeer(id);
    for (const track of media.current?.getTracks() ?? []) track.stop();
    media.current = null;
    joined.current = false;
    setLocal(null);
    setRemote(null);
  }, [dropPeer]);

  const makePeer = useCallback(
    (id: string): Peer => {
      dropPeer(id);
      const pc = new RTCPeerConnection({ iceServers: ice.current });
      const peer: Peer = { pc, queued: [], reported: false };
      for (const track of media.current?.getTracks() ?? []) pc.addTrack(track, media.current!);
      pc.onicecandidate = (event) => {
        if (event.candidate) signal(id, { type: "candidate", candidate: event.candidate.toJSON() as never });
      };
      pc.ontrack = (event) => setRemote(event.streams[0] ?? new MediaStream([event.track]));
      pc.onconnectionstatechange = () => {
        if (pc.connectionState === "connected") {
          setPhase("connected");
          if (!peer.reported) {
            peer.reported = true;
            void post({ type: "media_up", sessionId });
          }
        }
      };
      peers.current.set(id, peer);
      return peer;
    },
    [dropPeer, sessionId, signal],
  );

  const onSignal = useCallback(
    async ({ from, payload }: DeliveredSignal) => {
      if (!joined.current) return;
      switch (payload.type) {
        case "offer": {
          const existing = peers.current.get(from);
          const collision = existing?.pc.signalingState === "have-local-offer";
          if (collision && !polite) return; // our own offer wins; theirs is ignored
          const peer = makePeer(from);
          await peer.pc.setRemoteDescription({ type: "offer", sdp: payload.sdp });
          await flush(peer);
          await peer.pc.setLocalDescription(await peer.pc.createAnswer());
          signal(from, { type: "answer", sdp: peer.pc.localDescription!.sdp });
          return;
        }
        case "answer": {
          const peer = peers.current.get(from);
          if (peer?.pc.signalingState !== "have-local-offer") return;
          await peer.pc.setRemoteDescription({ type: "answer", sdp: payload.sdp });
          await flush(peer);
          return;
        }
        case "candidate": {
          const peer = peers.current.get(from);
          if (!peer) return;
          if (peer.pc.remoteDescription)
            await peer.pc.addIceCandidate(payload.candidate as RTCIceCandidateInit).catch(() => {});
          else peer.queued.push(payload.candidate as RTCIceCandidateInit);
          return;
        }
        case "left":
          dropPeer(from);
          setRemote(null);
          setPhase("reconnecting");
          return;
        case "bye":
          stopAll();
          setPhase("ended");
          return;
      }
    },
    [dropPeer, makePeer, polite, signal, stopAll],
  );

  useEffect(() => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<DeliveredSignal>).detail;
      if (detail.sessionId === sessionId) void onSignal(detail);
    };
    window.addEventListener(CALL_SIGNAL_EVENT, listener);
    return () => window.removeEventListener(CALL_SIGNAL_EVENT, listener);
  }, [onSignal, sessionId]);

  const join = useCallback(async () => {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia || typeof RTCPeerConnection === "undefined") {
      setProblem("unsupported");
      return;
    }
    setPhase("starting");
    try {
      media.current = await openMedia();
    } catch (error) {
      setProblem(deviceProblem(error));
      setPhase("idle");
      return;
    }
    setLocal(media.current);
    setMuted(false);
    setCameraOff(media.current.getVideoTracks().length === 0);
    const response = await post({ type: "join", sessionId });
    if (!response.ok) {
      stopAll();
      setProblem("failed");
      setPhase("idle");
      return;
    }
    const { peers: present, iceServers } = (await response.json()) as {
      peers: string[];
      iceServers: IceServer[];
    };
    ice.current = iceServers;
    joined.current = true;
    setPhase("waiting");
    for (const id of present) {
      const peer = makePeer(id);
      await peer.pc.setLocalDescription(await peer.pc.createOffer());
      signal(id, { type: "offer", sdp: peer.pc.localDescription!.sdp });
    }
  }, [makePeer, sessionId, signal, stopAll]);

  const hangUp = useCallback(async () => {
    stopAll();
    setPhase("ended");
    await post({ type: "hang_up", sessionId });
  }, [sessionId, stopAll]);

  // While in the call: a ping keeps this side in it; a page that goes away tells the others at once.
  useEffect(() => {
    if (phase === "idle" || phase === "ended" || phase === "starting") return;
    const timer = setInterval(async () => {
      const response = await post({ type: "ping", sessionId }).catch(() => null);
      if (!response?.ok) return;
      const { inCall } = (await response.json()) as { inCall: boolean };
      if (!inCall && joined.current) {
        stopAll();
        setPhase("ended");
      }
    }, PING_MS);
    const away = () => navigator.sendBeacon("/api/calls", JSON.stringify({ type: "away", sessionId }));
    window.addEventListener("pagehide", away);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", away);
    };
  }, [phase, sessionId, stopAll]);

  // Back after a reload: rejoin by itself (the browser remembers the permission).
  const autoJoined = useRef(false);
  useEffect(() => {
    if (!autoJoin || autoJoined.current) return;
    autoJoined.current = true;
    void join();
  }, [autoJoin, join]);

  useEffect(() => () => stopAll(), [stopAll]);

  const toggleMute = () => {
    const next = !muted;
    for (const track of media.current?.getAudioTracks() ?? []) track.enabled = !next;
    setMuted(next);
  };
  const toggleCamera = () => {
    const next = !cameraOff;
    for (const track of media.current?.getVideoTracks() ?? []) track.enabled = !next;
    setCameraOff(next);
  };

  return { phase, problem, muted, cameraOff, local, remote, join, hangUp, toggleMute, toggleCamera };
}
