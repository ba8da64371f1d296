import { describe, expect, it } from "vitest";
import { isPushEndpoint } from "./push-endpoint";

describe("isPushEndpoint: the server posts only to push services", () => {
  it.each([
    "https://fcm.googleapis.com/fcm/send/abc:APA91b",
    "https://updates.push.services.mozilla.com/wpush/v2/gAAAA",
    "https://wns2-par02p.notify.windows.com/w/?token=BQYAAA",
    "https://web.push.apple.com/QGuQyavXutnMH",
  ])("takes %s", (url) => {
    expect(isPushEndpoint(url, [])).toBe(true);
  });

  it.each([
    "http://fcm.googleapis.com/fcm/send/abc",
    "https://fcm.googleapis.com:8443/fcm/send/abc",
    "https://fcm.googleapis.com.evil.example/fcm/send/abc",
    "https://evil.example/.notify.windows.com/w",
    "https://user:pw@fcm.googleapis.com/fcm/send/abc",
    "https://169.254.169.254/latest/meta-data/",
    "https://localhost/admin",
    "https://10.0.0.5/internal",
    "http://127.0.0.1:3000/api/unsubscribe",
    "file:///etc/passwd",
    "not a url",
  ])("refuses %s", (url) => {
    expect(isPushEndpoint(url, [])).toBe(false);
  });

  it("takes an operator's listed prefix, and nothing beside it", () => {
    const allowed = ["https://push.example.com/"];
    expect(isPushEndpoint("https://push.example.com/s/123", allowed)).toBe(true);
    expect(isPushEndpoint("https://push.example.com.evil.example/s/123", allowed)).toBe(false);
    expect(isPushEndpoint("https://other.example.com/s/123", allowed)).toBe(false);
  });
});
