// Embed cards (lib/markdown/remark-embeds.ts): a link to a platform's video or post until the reader asks for
// it. Only then is the player, on its privacy-enhanced address, put in the card; nothing reaches the
// platform before. The link to the original stays under the player (and on paper).

/** Telegram's post page reports its height; other players keep the size the CSS gives them. */
function fitTelegram(frame: HTMLIFrameElement) {
  addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== 'https://t.me') return;
    try {
      const { event: name, height } = JSON.parse(event.data);
      if (name === 'resize' && height > 0) frame.style.height = `${Math.min(height, 2000)}px`;
    } catch {
      // Not a message we know: ignore it.
    }
  });
}

export function enhanceEmbeds(cards: Iterable<HTMLElement>) {
  for (const card of cards) {
    const { embedSrc, embedTitle, embedButton } = card.dataset;
    if (!embedSrc) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = embedButton ?? embedTitle ?? '';
    button.addEventListener('click', () => {
      const frame = document.createElement('iframe');
      frame.src = embedSrc;
      frame.title = embedTitle ?? '';
      frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
      frame.allowFullscreen = true;
      frame.setAttribute(
        'sandbox',
        'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation',
      );
      if (embedSrc.startsWith('https://t.me/')) fitTelegram(frame);
      button.replaceWith(frame);
      frame.focus();
    });
    card.append(button);
  }
}
