/**
 * The y-websocket server URL and room from the collab-token `url`
 * (`ws(s)://<host>/collab/<sectionId>`): WebsocketProvider joins them back as `<server>/<room>`.
 * A relative or http(s) URL is resolved against the page and turned into ws(s).
 */
export function collabServerUrl(url: string, pageHref: string): string {
  const absolute = new URL(url, pageHref);
  if (absolute.protocol === 'http:') absolute.protocol = 'ws:';
  else if (absolute.protocol === 'https:') absolute.protocol = 'wss:';
  absolute.search = '';
  absolute.hash = '';
  const href = absolute.toString();
  return href.slice(0, href.lastIndexOf('/'));
}
