"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { DeliveredSignal, SignalPayload } from "@/lib/calls/schemas";
import type { IceServer } from "@/lib/env";
import { postCall } from "./call-api";
import { CALL_SIGNAL_EVENT, liveOpen } from "./call-events";
import { type DeviceProblem, deviceProblem, openMedia } from "./media";
import { sendAway, useCallPresence } from "./use-call-presence";

export const CALL_PHASES = ["idle", "starting", "waiting", "connected", "reconnecting", "ended"] as const;
export type CallPhase = (typeof CALL_PHASES)[number];

/** One peer connection. `initiator`: we made the offer (and so restart ICE when it fails). */
type Peer = {
  pc: RTCPeerConnection;
  queued: RTCIceCandidateInit[];
  reported: boolean;
  initiator: boolean;
  /** When the other side's page joined, from its offers: the same value again is a renegotiation. */
  remoteEpoch?: string;
};

async function flush(peer: Peer): Promise<void> {
  for (const candidate of peer.queued.splice(0)) await peer.pc.addIceCandidate(candidate).catch(() => {});
}

/**
 * A browser call with plain RTCPeerConnection: signalling through the app (POST /api/calls out, the
 * live stream in, both in order). The one who joins second makes the offer. Should offers cross, the
 * newer page wins (each offer carries when its sender joined), and between two live pages the
 * customer is the "polite" side. A reloaded side rejoins and offers again.
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
  /** Candidates that came before their peer's offer. */
  const early = useRef(new Map<string, RTCIceCandidateInit[]>());
  const media = useRef<MediaStream | null>(null);
  const ice = useRef<IceServer[]>([]);
  const joinedAt = useRef<string | null>(null);
  const sending = useRef<Promise<unknown>>(Promise.resolve());
  const disposed = useRef(false);

  // One after another: an answer's candidates must not overtake the answer.
  const signal = useCallback(
    (to: string, payload: SignalPayload) => {
      sending.current = sending.current
        .then(() => postCall({ type: "signal", sessionId, to, payload }))
        .catch(() => {});
    },
    [sessionId],
  );

  const dropPeer = useCallback((id: string) => {
    peers.current.get(id)?.pc.close();
    peers.current.delete(id);
  }, []);

  const stopAll = useCallback(() => {
    for (const id of [...peers.current.keys()]) dropPeer(id);
    early.current.clear();
    for (const track of media.current?.getTracks() ?? []) track.stop();
    media.current = null;
    joinedAt.current = null;
    setLocal(null);
    setRemote(null);
  }, [dropPeer]);

  const offerTo = useCallback(
    async (id: string, peer: Peer, restart = false) => {
      await peer.pc.setLocalDescription(
        await peer.pc.createOffer(restart ? { iceRestart: true } : undefined),
      );
      signal(id, { type: "offer", sdp: peer.pc.localDescription!.sdp, epoch: joinedAt.current ?? undefined });
    },
    [signal],
  );

  const makePeer = useCallback(
    (id: string, initiator: boolean): Peer => {
      dropPeer(id);
      const pc = new RTCPeerConnection({ iceServers: ice.current });
      const peer: Peer = { pc, queued: early.current.get(id) ?? [], reported: false, initiator };
      early.current.delete(id);
      for (const track of media.current?.getTracks() ?? []) pc.addTrack(track, media.current!);
      pc.onicecandidate = (event) => {
        if (event.candidate) signal(id, { type: "candidate", candidate: event.candidate.toJSON() as never });
      };
      pc.ontrack = (event) => setRemote(event.streams[0] ?? new MediaStream([event.track]));
      pc.onconnectionstatechange = () => {
        if (peers.current.get(id) !== peer) return;
        switch (pc.connectionState) {
          case "connected":
            setPhase("connected");
            if (!peer.reported) {
              peer.reported = true;
              void postCall({ type: "media_up", sessionId });
            }
            break;
          case "disconnected":
            setPhase("reconnecting");
            break;
          case "failed":
            setPhase("reconnecting");
            // The side that offered tries a fresh set of routes; the other answers it.
            if (peer.initiator) {
              pc.restartIce();
              void offerTo(id, peer, true);
            }
            break;
          default:
            break;
        }
      };
      peers.current.set(id, peer);
      return peer;
    },
    [dropPeer, offerTo, sessionId, signal],
  );

  const onSignal = useCallback(
    async ({ from, payload }: DeliveredSignal) => {
      if (!joinedAt.current) return;
      switch (payload.type) {
        case "offer": {
          const existing = peers.current.get(from);
          if (existing?.pc.signalingState === "have-local-offer") {
            // Our offer went to a page that has since been replaced: the newer page's offer wins.
            const theirsIsNewer = payload.epoch !== undefined && payload.epoch > joinedAt.current;
            if (!theirsIsNewer && !polite) return;
          }
          // The same page offering again (an ICE restart) renegotiates this connection; a new page starts afresh.
          const renegotiation =
            existing !== undefined &&
            payload.epoch !== undefined &&
            existing.remoteEpoch === payload.epoch &&
            existing.pc.signalingState === "stable" &&
            existing.pc.remoteDescription !== null;
          const peer = renegotiation ? existing : makePeer(from, false);
          peer.remoteEpoch = payload.epoch;
          await peer.pc.setRemoteDescription({ type: "offer", sdp: payload.sdp });
          await flush(peer);
          await peer.pc.setLocalDescription(await peer.pc.createAnswer());
          signal(from, {
            type: "answer",
            sdp: peer.pc.localDescription!.sdp,
            epoch: joinedAt.current ?? undefined,
          });
          return;
        }
        case "answer": {
          const peer = peers.current.get(from);
          if (peer?.pc.signalingState !== "have-local-offer") return;
          peer.remoteEpoch = payload.epoch;
          await peer.pc.setRemoteDescription({ type: "answer", sdp: payload.sdp });
          await flush(peer);
          return;
        }
        case "candidate": {
          const candidate = payload.candidate as RTCIceCandidateInit;
          const peer = peers.current.get(from);
          if (!peer) early.current.set(from, [...(early.current.get(from) ?? []), candidate]);
          else if (peer.pc.remoteDescription) await peer.pc.addIceCandidate(candidate).catch(() => {});
          else peer.queued.push(candidate);
          return;
        }
        case "left":
          // A late notice of the page the other side just replaced must not drop its new connection.
          if (payload.epoch && peers.current.get(from)?.remoteEpoch !== payload.epoch) return;
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

  const enter = useCallback(async () => {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia || typeof RTCPeerConnection === "undefined") {
      setProblem("unsupported");
      return;
    }
    setPhase("starting");
    let stream: MediaStream;
    try {
      stream = await openMedia();
    } catch (error) {
      setProblem(deviceProblem(error));
      setPhase("idle");
      return;
    }
    if (disposed.current) {
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    media.current = stream;
    setLocal(stream);
    setMuted(false);
    setCameraOff(stream.getVideoTracks().length === 0);
    // The answer to our offer comes on the live stream: it must be listening first.
    await liveOpen();
    const response = await postCall({ type: "join", sessionId }).catch(() => null);
    if (!response?.ok || disposed.current) {
      stopAll();
      if (!disposed.current) {
        setProblem("failed");
        setPhase("idle");
      }
      return;
    }
    const joined = (await response.json()) as { joinedAt: string; peers: string[]; iceServers: IceServer[] };
    ice.current = joined.iceServers;
    joinedAt.current = joined.joinedAt;
    setPhase("waiting");
    for (const id of joined.peers) await offerTo(id, makePeer(id, true));
  }, [makePeer, offerTo, sessionId, stopAll]);

  const entering = useRef(false);
  const join = useCallback(async () => {
    if (entering.current || media.current) return; // already in, or on the way in
    entering.current = true;
    try {
      await enter();
    } finally {
      entering.current = false;
    }
  }, [enter]);

  const hangUp = useCallback(async () => {
    stopAll();
    setPhase("ended");
    await postCall({ type: "hang_up", sessionId });
  }, [sessionId, stopAll]);

  const epoch = useCallback(() => joinedAt.current, []);
  useCallPresence(sessionId, phase !== "idle" && phase !== "ended" && phase !== "starting", epoch, () => {
    if (!joinedAt.current) return;
    stopAll();
    setPhase("ended");
  });

  // Back after a reload: rejoin by itself (the browser remembers the permission). Only as the page
  // opens: a refreshed detail that says "you are in the call" is this very page's own join.
  const rejoinOnOpen = useRef(autoJoin);
  useEffect(() => {
    if (!rejoinOnOpen.current) return;
    rejoinOnOpen.current = false;
    void join();
  }, [join]);

  // Leaving the page in a call is like a reload: the others wait for this side up to the grace.
  useEffect(() => {
    disposed.current = false;
    return () => {
      disposed.current = true;
      if (joinedAt.current) sendAway(sessionId, joinedAt.current);
      stopAll();
    };
  }, [sessionId, stopAll]);

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
