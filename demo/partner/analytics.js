// Coastline Notes' analytics for the widget from The Harbour Gazette: what a partner would send to
// its own analytics, written to the console here (open the developer tools, scroll, click a card).
// Impressions are counted when half a card has been in view for a second; clicks as they happen,
// before the browser follows the link.
document.addEventListener('news-impression', (event) => {
  const { slug, position } = event.detail;
  console.info('[analytics] impression', { slug, position, placement: event.target.id });
});

document.addEventListener('news-click', (event) => {
  const { slug, position, url } = event.detail;
  console.info('[analytics] click', { slug, position, url, placement: event.target.id });
});
