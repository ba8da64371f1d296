// Shows the helpdesk's push notifications and opens the item when one is clicked.
// The payload is JSON from the server: { title, body, url, tag }; a newer one with the same tag
// replaces the older, so one item never stacks up notifications.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: event.data ? event.data.text() : "" };
  }
  const url =
    typeof data.url === "string" && new URL(data.url, self.location.origin).origin === self.location.origin
      ? data.url
      : "/";
  event.waitUntil(
    self.registration.showNotification(String(data.title || "Helpdesk"), {
      body: typeof data.body === "string" ? data.body : "",
      tag: typeof data.tag === "string" ? data.tag : undefined,
      icon: "/icon-192.png",
      data: { url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || "/", self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => w.url === url);
      if (open) return open.focus();
      return self.clients.openWindow(url);
    }),
  );
});
