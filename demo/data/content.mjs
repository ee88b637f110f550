// Invented content of "The Harbour Gazette", the daily paper of the fictional
// port city of Port Merrow, for the demo and the reference endpoint.
//
// Shapes follow the native content contract (v1) in docs/contract.md, with three
// differences that the reference server fills in when it answers:
//   - articles have no `url` (the server builds it from the site origin),
//   - articles have no `viewCount` (the server keeps the counter),
//   - image and avatar `src` values, and `src` attributes inside `bodyHtml`,
//     are written as `media/<name>.svg`; the server rewrites them to
//     `<endpoint origin>/media/<name>.svg`, where it serves the SVG drawn by
//     `renderSvg(name)` in ./media.mjs.

export const tags = [
  { slug: 'city', name: 'City' },
  { slug: 'climate', name: 'Climate' },
  { slug: 'science', name: 'Science' },
  { slug: 'culture', name: 'Culture' },
  { slug: 'sport', name: 'Sport' },
  { slug: 'technology', name: 'Technology' },
  { slug: 'transport', name: 'Transport' },
  { slug: 'harbour', name: 'The Harbour' },
  { slug: 'ocean', name: 'Ocean' },
  { slug: 'music', name: 'Music' },
  { slug: 'education', name: 'Education' },
  { slug: 'food', name: 'Food & Markets' },
];

export const authors = [
  {
    id: 'au-01',
    slug: 'nadia-okafor',
    name: 'Nadia Okafor',
    role: 'City Editor',
    avatar: { src: 'media/avatar-nadia-okafor.svg', alt: 'Nadia Okafor', width: 96, height: 96 },
    bio: 'Nadia has covered Port Merrow’s council, courts and neighbourhoods since 2014. Before joining the Gazette she reported for a regional radio station. She lives within earshot of the swing bridge and has opinions about every bus route in the city.',
    url: 'https://example.org/people/nadia-okafor',
    links: [
      { label: 'Website', url: 'https://example.org/people/nadia-okafor' },
      { label: 'Mastodon', url: 'https://social.example.org/@nadia' },
    ],
  },
  {
    id: 'au-02',
    slug: 'tomas-lindqvist',
    name: 'Tomás Lindqvist',
    role: 'Science & Climate Correspondent',
    avatar: { src: 'media/avatar-tomas-lindqvist.svg', alt: 'Tomás Lindqvist', width: 96, height: 96 },
    bio: 'Tomás trained as an oceanographer before moving into journalism. He writes about the sea, the weather and the research done at the university’s marine station, and still dives with the bay survey team most summers.',
    url: 'https://example.org/people/tomas-lindqvist',
    links: [
      { label: 'Website', url: 'https://example.org/people/tomas-lindqvist' },
      { label: 'Mastodon', url: 'https://social.example.org/@tomas' },
      { label: 'Newsletter', url: 'https://example.org/newsletters/tide-tables' },
    ],
  },
  {
    id: 'au-03',
    slug: 'leila-haddad',
    name: 'Leila Haddad',
    role: 'Culture Writer',
    avatar: { src: 'media/avatar-leila-haddad.svg', alt: 'Leila Haddad', width: 96, height: 96 },
    bio: 'Leila writes about music, art and the city’s festivals in English and Arabic. She edits the Gazette’s weekend culture pages and hosts its monthly book club at the Central Library.',
    url: 'https://example.org/people/leila-haddad',
    links: [
      { label: 'Website', url: 'https://example.org/people/leila-haddad' },
      { label: 'Mastodon', url: 'https://social.example.org/@leila' },
    ],
  },
  {
    id: 'au-04',
    slug: 'ben-carraway',
    name: 'Ben Carraway',
    role: 'Sport & Technology Reporter',
    bio: 'Ben covers the city’s clubs, leagues and races, and the technology that runs its buses, bins and bridges. He rowed for Merrow Rowing Club badly for six seasons.',
    url: 'https://example.org/people/ben-carraway',
    links: [{ label: 'Website', url: 'https://example.org/people/ben-carraway' }],
  },
  {
    id: 'au-05',
    slug: 'claire-moreau',
    name: 'Claire Moreau',
    role: 'Twin Towns Correspondent',
    avatar: { src: 'media/avatar-claire-moreau.svg', alt: 'Claire Moreau', width: 96, height: 96 },
    bio: 'Claire reports from Port Merrow’s twin towns, Rochemer, Hafenau and Puerto Albar, and writes in French, German and Spanish for the Gazette’s twin towns pages.',
    url: 'https://example.org/people/claire-moreau',
    links: [
      { label: 'Website', url: 'https://example.org/people/claire-moreau' },
      { label: 'Mastodon', url: 'https://social.example.org/@claire' },
    ],
  },
];

const tagBySlug = new Map(tags.map((tag) => [tag.slug, tag]));
const authorBySlug = new Map(authors.map((author) => [author.slug, author]));

function tagList(...slugs) {
  return slugs.map((slug) => {
    const tag = tagBySlug.get(slug);
    if (!tag) throw new Error(`Unknown tag ${slug}`);
    return { slug: tag.slug, name: tag.name };
  });
}

function by(slug) {
  const author = authorBySlug.get(slug);
  if (!author) throw new Error(`Unknown author ${slug}`);
  return author;
}

function image(name, alt, caption) {
  const result = { src: `media/${name}.svg`, alt };
  if (caption) result.caption = caption;
  result.width = 1200;
  result.height = 675;
  return result;
}

export const articles = [
  {
    id: 'hg-2026-0141',
    slug: 'harbour-bridge-reopens',
    title: 'Swing bridge over the Inner Harbour reopens after eight months of repairs',
    section: 'City',
    publishedAt: '2026-03-12T07:30:00+00:00',
    updatedAt: '2026-03-12T16:05:00+00:00',
    language: 'en',
    tags: tagList('city', 'transport', 'harbour'),
    image: image('harbour-bridge', 'The green iron swing bridge across the Inner Harbour at dawn, with a bus crossing', 'The Merrow Swing Bridge shortly after reopening. Illustration: The Harbour Gazette.'),
    summary: 'The 1911 Merrow Swing Bridge carries traffic again, with a wider footway, a new cycle lane and a control cabin rebuilt around its original gears.',
    bodyHtml: `
<p>The Merrow Swing Bridge reopened to traffic at six o’clock this morning, ending eight months in which the only way across the Inner Harbour was a twenty-minute detour around the dock basin or a place on the shuttle ferry. The first vehicle over the restored deck was a number 14 bus, followed by a short queue of delivery vans and what appeared to be most of the Quayside Cycling Club.</p>
<p>The bridge, which opened in 1911 and still swings on its original central pier to let tall ships into the basin, was closed last July after engineers found corrosion in two of the main girders. The repair was meant to take five months. Harbour Authority officials blamed the delay on the discovery of a cracked gear ring inside the turning mechanism, which had to be cast again from a pattern taken from the old part.</p>
<h2>What has changed</h2>
<p>From the road, the bridge looks much as it did. The differences are mostly underneath and at the edges:</p>
<ul>
<li>the footway on the seaward side has been widened from 1.8 to 2.6 metres;</li>
<li>a two-way cycle lane now runs along the landward side, separated from traffic by a low kerb;</li>
<li>the control cabin has new glazing and electric drives, but keeps the cast-iron gears, which can be seen through a window at street level;</li>
<li>the deck has been resurfaced with a lighter, quieter asphalt.</li>
</ul>
<p>The weight limit stays at 18 tonnes, so heavy goods vehicles for the container terminal will continue to use the ring road.</p>
<h2>Openings for shipping</h2>
<p>The bridge will swing open for vessels at fixed times only: 10:00, 14:00 and 19:00 on weekdays, with extra openings at weekends in summer. Each opening closes the road for about twelve minutes. The full schedule is published on the <a href="https://example.org/harbour-authority/swing-bridge">Harbour Authority website</a>.</p>
<blockquote><p>People forget it is a working machine. It has been turning for more than a century, and with a bit of care it will turn for another one.</p></blockquote>
<p>That was Moira Feeney, the bridge’s operator for the past nineteen years, speaking from the cabin as she ran the first test swing of the day. She said the new drives were smoother than the old ones, but that she would miss the noise.</p>
<p>Traders on Cooper Street, who say their takings fell by a third during the closure, welcomed the reopening but asked the council to look again at compensation. The council said a support scheme for businesses affected by the works would open for applications next month.</p>
<p><em>Update, 16:05:</em> The Harbour Authority says the 14:00 opening was delayed by twenty minutes while a sensor on the road barrier was adjusted. Openings are expected to run to schedule from tomorrow.</p>
`,
    author: by('nadia-okafor'),
  },
  {
    id: 'hg-2026-0137',
    slug: 'seagrass-meadows-return',
    title: 'Seagrass is returning to Merrow Bay, and divers have the numbers to prove it',
    section: 'Science',
    publishedAt: '2026-03-09T10:00:00+00:00',
    language: 'en',
    tags: tagList('climate', 'ocean', 'science', 'harbour'),
    image: image('seagrass-meadow', 'Ribbons of green seagrass swaying over a sandy seabed in shallow, sunlit water', 'Replanted seagrass in the northern corner of the bay.'),
    summary: 'Three years after replanting began, volunteer survey teams have mapped almost four hectares of seagrass in the bay, more than double the area recorded in 2023.',
    bodyHtml: `
<p>For most of the last century, the floor of Merrow Bay was bare sand and silt. The seagrass meadows that older fishermen remember from their childhood had disappeared by the 1960s, smothered by sewage outflows and scoured by anchor chains. Now they are coming back.</p>
<p>The latest survey by the Merrow Bay Marine Survey, a group of volunteer divers working with the university’s marine station, found 3.9 hectares of seagrass across the bay last autumn. In 2023, when the first replanting began, they found 1.6.</p>
<h2>Three years of counting</h2>
<p>The divers survey the same fixed lines each September, swimming along weighted ropes and recording the cover of seagrass in one-metre squares. The results are then combined with aerial photographs taken at the lowest spring tides.</p>
<table>
<caption>Seagrass in Merrow Bay, September surveys</caption>
<thead>
<tr><th scope="col">Year</th><th scope="col">Area (hectares)</th><th scope="col">Average shoots per m²</th><th scope="col">Divers taking part</th></tr>
</thead>
<tbody>
<tr><th scope="row">2023</th><td>1.6</td><td>112</td><td>24</td></tr>
<tr><th scope="row">2024</th><td>2.4</td><td>148</td><td>31</td></tr>
<tr><th scope="row">2025</th><td>3.9</td><td>173</td><td>46</td></tr>
</tbody>
</table>
<p>Most of the new growth is in the sheltered northern corner of the bay, where the replanted plots have spread well beyond their original boundaries. Growth along the more exposed southern shore has been slower, and two plots there were lost to a storm in 2024.</p>
<h2>Why it matters</h2>
<p>Seagrass meadows are among the most productive habitats in coastal waters. Dr Hannah Rusk, who leads the marine station’s seagrass programme, lists what the bay gains as they return:</p>
<ol>
<li>nursery grounds for young fish, including pollack and bass;</li>
<li>roots that hold sediment in place and keep the water clearer;</li>
<li>carbon stored in the seabed, which stays there as long as the meadow is left undisturbed;</li>
<li>shelter for seahorses, which divers recorded in the bay last year for the first time in decades.</li>
</ol>
<blockquote><p>Three years is nothing in the life of a meadow. But we are now finding plants we did not put there, and that is the moment you start to believe it will last.</p></blockquote>
<p>The main threat now is anchoring. The Harbour Authority installed eight eco-moorings in the northern corner last spring, which hold boats without dragging chain across the seabed, and is consulting on whether to ask visiting yachts to use them. Comments can be sent through the <a href="https://example.org/harbour-authority/consultations/moorings">consultation page</a> until the end of April.</p>
<p>The survey team is looking for more volunteers for this year’s season. Divers need an advanced qualification; snorkellers and shore helpers do not. Details are on the <a href="https://example.org/merrow-bay-marine-survey/volunteer">survey’s website</a>.</p>
`,
    source: { name: 'Merrow Bay Marine Survey, 2025 annual report', url: 'https://example.org/merrow-bay-marine-survey/reports/2025' },
    author: by('tomas-lindqvist'),
    readingTimeMinutes: 4,
  },
  {
    id: 'hg-2026-0129',
    slug: 'tide-gauge-century',
    title: 'A hundred years of tide readings show how fast the sea is rising at Port Merrow',
    section: 'Science',
    publishedAt: '2026-03-05T09:15:00+00:00',
    language: 'en',
    tags: tagList('science', 'ocean', 'climate'),
    image: image('tide-gauge-hut', 'A small stone hut at the end of a pier, with the sea on three sides', 'The Pier Head tide gauge hut, built in 1926.'),
    summary: 'The harbour’s tide gauge has recorded the sea since 1926. Its century of data shows the rise is now more than twice as fast as in the gauge’s early decades.',
    bodyHtml: `
<p>In a small stone hut at the end of the Pier Head, a float has been rising and falling in a well of seawater since 1926, and an instrument has been writing down where it is. The tide gauge at Port Merrow is one hundred years old this spring, and it is one of the longest continuous sea-level records on this coast.</p>
<p>The gauge was installed to help pilots bring ships into the harbour on the right tide. It has since become something else: a measure of how the sea itself is changing.</p>
<h2>What the record shows</h2>
<figure>
<img src="media/tide-gauge-chart.svg" alt="Line chart of yearly mean sea level at Port Merrow from 1926 to 2025: a gentle rise for most of the century that becomes steeper after the 1990s" width="1200" height="675">
<figcaption>Yearly mean sea level at the Pier Head gauge, 1926–2025. Chart: The Harbour Gazette, from the city’s open data.</figcaption>
</figure>
<p>Averaged over the whole century, sea level at Port Merrow has risen by about 19 centimetres. But the rate has not been steady. In the gauge’s first fifty years, the sea rose by roughly 1.4 millimetres a year. Since 1993, the rate has been about 3.3 millimetres a year, in line with satellite measurements of the global ocean.</p>
<p>Part of the local rise comes from the land itself, which is sinking very slowly as the crust continues to adjust to the end of the last ice age. Researchers at the university estimate that this accounts for less than a fifth of the total.</p>
<h2>From pen to sensor</h2>
<p>The instrument has been replaced three times. The original clockwork recorder drew a continuous line on a paper drum, changed every week by the harbour master’s clerk. In 1971 it was replaced by a punched-tape recorder, and in 1998 by a radar sensor that now reports every minute. The paper records, more than five thousand sheets of them, were digitised by volunteers over two winters.</p>
<blockquote><p>Every one of those sheets was changed by hand, in every kind of weather. The people who did it had no idea they were building a climate record.</p></blockquote>
<p>Dr Amir Salehi, the oceanographer who led the digitising project, said that matching the old records to the new sensor had been the hardest part. “You have to know exactly where the zero was in 1926, and the harbour has been rebuilt twice since then.”</p>
<h2>What it means for the harbour</h2>
<p>The council’s flood plan assumes a further rise of between 30 and 70 centimetres by the end of the century, depending on global emissions. The Pier Head wall was raised by 40 centimetres in 2019; the old quays on the east side of the basin have not been.</p>
<ul>
<li>The full hourly record is published as open data on the <a href="https://example.org/port-merrow/open-data/tide-gauge">city’s data portal</a>.</li>
<li>The centenary will be marked with an open day at the gauge hut on 22 March, from 10:00 to 16:00.</li>
</ul>
`,
    author: by('tomas-lindqvist'),
  },
  {
    id: 'hg-2026-0122',
    slug: 'open-data-portal-launch',
    title: 'Port Merrow opens its data: buses, bins and tide readings now free to download',
    section: 'Technology',
    publishedAt: '2026-03-03T12:00:00+00:00',
    language: 'en',
    tags: tagList('technology', 'city', 'transport'),
    image: image('data-portal', 'Abstract blocks and circles in blue and red over a city skyline', 'The portal publishes more than forty datasets.'),
    summary: 'The city’s new open data portal publishes more than forty datasets under an open licence, with a simple web API for developers.',
    bodyHtml: `
<p>The city council launched its open data portal on Monday, publishing more than forty datasets that were previously available only on request, if at all. They include live bus positions, the recycling collection calendar, planning applications, air quality readings, car park occupancy and the full hourly record of the Pier Head tide gauge.</p>
<p>Everything is published under an open licence that allows anyone to use, share and build on the data, including commercially, as long as the source is credited.</p>
<h2>For everyone, not only programmers</h2>
<p>Each dataset can be previewed in the browser as a table or a map and downloaded as a spreadsheet. The council says the most requested dataset in the first two days was not the bus feed but the list of public toilets, with their opening hours and accessibility information.</p>
<blockquote><p>We kept getting the same freedom of information requests, year after year. It is cheaper and more honest to just publish the answers.</p></blockquote>
<p>That was Councillor Rosa Pinheiro, who is responsible for digital services. She said the portal had cost less than the staff time spent answering repeat requests over two years.</p>
<h2>For developers</h2>
<p>Every dataset also has a web address that returns JSON, with no key required for modest use. Fetching the next buses due at a stop, for example, takes one request:</p>
<pre><code>curl "https://example.org/port-merrow/api/v1/stops/PM0412/departures?limit=3"

{
  "stop": "PM0412",
  "name": "Cooper Street",
  "departures": [
    { "route": "14", "due": "2026-03-03T12:04:00+00:00" },
    { "route": "7",  "due": "2026-03-03T12:09:00+00:00" },
    { "route": "14", "due": "2026-03-03T12:19:00+00:00" }
  ]
}</code></pre>
<p>Heavier users are asked to register for a free key, which raises the limit from 1,000 to 50,000 requests a day. The <a href="https://example.org/port-merrow/api/docs">API documentation</a> is published alongside the portal, and the source code of the portal itself is public.</p>
<h2>What is missing</h2>
<p>Not everything is there yet. The council has not published:</p>
<ul>
<li>school admissions data, which it says needs more work to protect children’s privacy;</li>
<li>the location of street trees, which are being surveyed again;</li>
<li>ferry timetables, which belong to the private operator and are not the council’s to publish.</li>
</ul>
<p>Local developers have already started building on it. By Tuesday evening, a student at the technical college had published a small web page showing which car parks near the seafront had spaces, and the Quayside Cycling Club had mapped every broken street light reported in the last year along its training routes.</p>
<p>Suggestions for new datasets can be made through the <a href="https://example.org/port-merrow/open-data/requests">portal’s request form</a>.</p>
`,
    author: by('ben-carraway'),
  },
  {
    id: 'hg-2026-0117',
    slug: 'rowing-club-centenary',
    title: 'Merrow Rowing Club turns 100 with a new boathouse and its biggest junior squad',
    section: 'Sport',
    publishedAt: '2026-02-28T18:00:00+00:00',
    language: 'en',
    tags: tagList('sport', 'harbour', 'education'),
    image: image('rowing-eight', 'A rowing eight gliding across calm harbour water at sunrise', 'The club’s senior eight training in the Outer Harbour.'),
    summary: 'The club that taught half the city to row celebrates its centenary with a timber boathouse on the Old Slipway and sixty juniors on its books.',
    bodyHtml: `
<p>A hundred years ago this week, eleven dock workers and a schoolteacher met in the back room of the Anchor Inn and agreed to buy a second-hand boat. Merrow Rowing Club has been on the water ever since, and on Saturday it opened the doors of the first boathouse it has ever owned outright.</p>
<p>The new building, on the Old Slipway beside the lifeboat station, is made of local larch and holds twenty-four boats on racks that reach to the roof. Until now the club rented space in a former coal store that flooded on the highest tides.</p>
<h2>A squad that keeps growing</h2>
<p>The centenary comes at a good time. The club has sixty juniors on its books this season, more than at any point in its history, thanks largely to a scheme that brings pupils from four secondary schools to the water once a week during term.</p>
<blockquote><p>Most of them had never held an oar. Some of them had never been on a boat. By the summer, a few of them will be racing.</p></blockquote>
<p>Head coach Priya Natarajan, who started rowing at the club at the age of twelve, said the school scheme had changed the membership. “When I joined, you rowed because your parents rowed. Now half the kids on the slipway are the first in their family to do it.”</p>
<h2>The season ahead</h2>
<p>The club will mark its anniversary with a programme of events through the year:</p>
<ul>
<li>a centenary regatta on the Inner Harbour on 6 June, the first race in the basin since the swing bridge reopened;</li>
<li>a row around the bay by crews from every decade still able to hold an oar;</li>
<li>an exhibition of photographs and trophies at the Maritime Museum from September;</li>
<li>a free “learn to row” week for adults in August.</li>
</ul>
<p>The club is also raising money for two new boats for its adaptive rowing programme, which has grown to fourteen members since it started in 2022. Details of the appeal are on the <a href="https://example.org/merrow-rowing-club/centenary">club’s centenary page</a>.</p>
<p>Asked what the founders would make of the new boathouse, the club’s president, Declan Mahoney, pointed to the old oar mounted above the door, the only piece of the club’s first boat that survives. “They would ask why we need so many boats,” he said. “And then they would want to take one out.”</p>
`,
    author: by('ben-carraway'),
  },
  {
    id: 'hg-2026-0112',
    slug: 'lighthouse-festival-lineup',
    title: 'Lighthouse Festival announces its biggest programme yet, with three nights on the breakwater',
    section: 'Culture',
    publishedAt: '2026-02-25T11:00:00+00:00',
    updatedAt: '2026-02-26T09:30:00+00:00',
    language: 'en',
    tags: tagList('culture', 'music', 'harbour'),
    image: image('lighthouse-festival', 'Colourful stage lights and a crowd at dusk below a striped lighthouse', 'Last year’s closing night on the breakwater.'),
    summary: 'The summer festival adds a third night, a stage on the old ferry pontoon and a day of free concerts for families.',
    bodyHtml: `
<p>The Lighthouse Festival will run for three nights this summer instead of two, its organisers announced on Wednesday, with a new stage on the old ferry pontoon and the festival’s first full day of free concerts for families.</p>
<p>The festival, which began in 2012 as a single evening of folk music on the breakwater, now draws around nine thousand people each year. It will take place from 24 to 26 July.</p>
<h2>The programme</h2>
<p>Among the acts announced so far:</p>
<ul>
<li>the Tidewater Strings, the city’s youth orchestra, opening the festival with a new piece written for the lighthouse’s foghorn;</li>
<li>Marisol Vega, the Puerto Albar singer whose album of fishermen’s songs was one of last year’s surprise successes;</li>
<li>a late-night set by the electronic duo Low Water on the pontoon stage;</li>
<li>the Port Merrow Gospel Choir, which has closed every festival since 2015.</li>
</ul>
<p>The full line-up, including the acts for the family day, will be published in April.</p>
<h2>Tickets and access</h2>
<p>Tickets for each evening go on sale on 3 March, with a reduced price for residents of the city and its twin towns. The family day on Saturday afternoon is free, but places on the breakwater are limited and must be booked.</p>
<blockquote><p>The breakwater is the most beautiful stage in the country, and also the most awkward. Every year we learn something new about moving a piano along a sea wall.</p></blockquote>
<p>Festival director Oona Breslin said the organisers had worked with disability groups on a new route to the main stage, avoiding the steps at the lighthouse end, and that a quiet area would be set up in the old signal station.</p>
<p>The festival will also run a free shuttle boat from the Inner Harbour for the first time, timed around the openings of the swing bridge. Travel information is on the <a href="https://example.org/lighthouse-festival/getting-there">festival website</a>.</p>
<p>As in previous years, the festival depends on volunteers, around two hundred of them, who steward the breakwater, run the bars and help clear the site on Sunday morning. Volunteers who work two shifts get a ticket for the third night. Applications open at the same time as ticket sales.</p>
`,
    disclosure: {
      text: 'The Harbour Gazette is a media partner of the Lighthouse Festival. The festival had no say over this article.',
      url: 'https://example.org/harbour-gazette/about/partnerships',
    },
    author: by('leila-haddad'),
  },
  {
    id: 'hg-2026-0105',
    slug: 'school-heat-pumps',
    title: 'Every primary school in Port Merrow will be heated by heat pumps by 2028',
    section: 'Climate',
    publishedAt: '2026-02-20T08:45:00+00:00',
    language: 'en',
    tags: tagList('climate', 'education', 'city'),
    summary: 'The council will replace the gas boilers in its remaining nineteen primary schools, starting with the six oldest this summer.',
    bodyHtml: `
<p>All of Port Merrow’s primary schools will be heated by heat pumps within two years, under a plan approved by the council’s cabinet on Thursday evening. Nineteen schools still burn gas; the remaining eight were converted in a pilot that began in 2023.</p>
<p>The work will be done in three stages, mostly during school holidays, starting with the six oldest buildings this summer. The council expects the programme to cost £14.2 million, two thirds of it from a national decarbonisation fund.</p>
<h2>What the pilot showed</h2>
<p>The eight pilot schools used around 60 per cent less energy for heating last winter than in the last winter of their gas boilers, according to the council’s report. Running costs fell in six of the eight; in the other two, both Victorian buildings with high ceilings and single-glazed windows, they rose slightly until the windows were replaced.</p>
<p>The report lists what the council learned along the way:</p>
<ol>
<li>insulate first: the savings came as much from roofs and windows as from the heat pumps;</li>
<li>replace radiators where needed, because heat pumps work best with larger radiators at lower temperatures;</li>
<li>train the caretakers, who know each building better than anyone;</li>
<li>tell the children, who turned out to be the most effective energy monitors in the building.</li>
</ol>
<blockquote><p>The Year 6 class made posters about closing doors, and they checked every classroom at lunchtime. Our bills went down before the heat pump was even switched on.</p></blockquote>
<p>That was Grace Adeyemi, head teacher of St Brendan’s Primary, one of the pilot schools.</p>
<h2>Questions from parents</h2>
<p>Some parents at the six schools in the first stage have asked what happens if the work overruns into the autumn term. The council said each school would keep a temporary heating system on site until the new one had been running for a month. Secondary schools, which are run by academy trusts, are not part of the plan, although two trusts have asked to join it.</p>
<p>The cabinet report and the list of schools in each stage are published on the <a href="https://example.org/port-merrow/council/cabinet/2026-02-19">council’s website</a>.</p>
`,
    author: by('nadia-okafor'),
    readingTimeMinutes: 3,
  },
  {
    id: 'hg-2026-0101',
    slug: 'marche-nocturne-rochemer',
    title: 'À Rochemer, le marché nocturne du quai des Tanneurs retrouve ses lampions',
    section: 'Villes jumelles',
    publishedAt: '2026-02-18T19:30:00+01:00',
    language: 'fr',
    tags: tagList('culture', 'food', 'music'),
    image: image('night-market', 'Des étals éclairés par des lampions le long d’un quai, de nuit', 'Le marché nocturne du quai des Tanneurs, un vendredi soir.'),
    summary: 'Après deux ans de travaux sur les quais, la ville jumelle de Port Merrow rouvre son marché du vendredi soir, avec quarante étals et une scène pour les musiciens amateurs.',
    bodyHtml: `
<p>Vendredi soir, pour la première fois depuis deux ans, les lampions se sont rallumés sur le quai des Tanneurs. Le marché nocturne de Rochemer, ville jumelle de Port Merrow depuis 1964, a rouvert ses portes après les longs travaux de consolidation des quais, et il a fallu moins d’une heure pour que les premières tables soient à court de crêpes.</p>
<p>Une quarantaine d’étals s’alignent désormais entre l’ancienne criée et le pont tournant : des maraîchers de l’arrière-pays, des ostréiculteurs de la baie, un torréfacteur, deux boulangers, un relieur et une marchande de cartes postales anciennes. La mairie a fixé une règle simple : tout ce qui est vendu doit être produit ou fabriqué à moins de cinquante kilomètres.</p>
<h2>Une scène ouverte</h2>
<p>La nouveauté de cette saison se trouve au bout du quai. Une petite scène en bois accueille chaque vendredi des musiciens amateurs, inscrits sur une simple feuille accrochée à l’entrée de la criée. Ce premier soir, on a entendu successivement une chorale de marins retraités, un trio de jazz manouche et une lycéenne qui chantait Barbara, accompagnée au ukulélé.</p>
<blockquote><p>On voulait que le marché redevienne un endroit où l’on reste, pas seulement un endroit où l’on passe. La musique, c’est ce qui fait rester les gens.</p></blockquote>
<p>C’est ainsi que Martine Le Goff, adjointe au maire chargée du commerce, résume le projet. Elle reconnaît que les riverains ont été consultés sur les horaires : la musique s’arrête à vingt-deux heures trente, et le quai doit être libéré à minuit.</p>
<h2>Ce qu’il faut savoir</h2>
<ul>
<li>Le marché a lieu chaque vendredi de dix-huit heures à minuit, d’avril à octobre, et un vendredi sur deux en hiver.</li>
<li>Le parking du port est gratuit après dix-neuf heures ; une navette relie la gare au quai toutes les vingt minutes.</li>
<li>Les inscriptions pour la scène ouverte se font sur place ou sur le <a href="https://example.org/rochemer/marche-nocturne">site de la ville</a>.</li>
</ul>
<p>Les commerçants du centre, qui avaient craint une concurrence déloyale, semblent rassurés : plusieurs cafés de la rue des Halles ont prolongé leurs horaires le vendredi, et le libraire de la place du Marché a installé une table de livres de cuisine au milieu des étals. Une délégation de Port Merrow est attendue en mai pour s’inspirer de l’expérience, la ville anglaise envisageant un marché semblable sur Cooper Street.</p>
`,
    author: by('claire-moreau'),
  },
  {
    id: 'hg-2026-0096',
    slug: 'hafenau-radweg-kuestenstrasse',
    title: 'Hafenau baut einen geschützten Radweg entlang der Küstenstraße',
    section: 'Partnerstädte',
    publishedAt: '2026-02-14T10:20:00+01:00',
    language: 'de',
    tags: tagList('transport', 'city', 'climate'),
    image: image('bike-lane', 'Ein breiter, rot markierter Radweg entlang einer Uferstraße am Morgen', 'So soll der neue Radweg an der Küstenstraße aussehen.'),
    summary: 'Die Partnerstadt von Port Merrow trennt auf sechs Kilometern Rad- und Autoverkehr. Die Arbeiten beginnen im April und sollen bis zum Herbst abgeschlossen sein.',
    bodyHtml: `
<p>Wer in Hafenau mit dem Fahrrad vom Bahnhof zum Fährhafen fährt, teilt sich die Küstenstraße bisher mit Lastwagen, Bussen und im Sommer mit Tausenden von Urlaubern. Das soll sich bald ändern: Der Stadtrat der Partnerstadt von Port Merrow hat am Dienstagabend mit großer Mehrheit beschlossen, auf der gesamten Länge der Straße einen baulich getrennten Radweg anzulegen.</p>
<p>Der neue Weg wird sechs Kilometer lang und in beide Richtungen befahrbar sein. Er verläuft auf der Seeseite der Straße und wird durch einen niedrigen Bordstein und eine Reihe junger Bäume vom Autoverkehr getrennt. Dafür entfallen rund achtzig Parkplätze, die durch ein neues Parkhaus am Bahnhof ersetzt werden sollen.</p>
<h2>Warum gerade jetzt</h2>
<p>Die Küstenstraße gilt seit Jahren als gefährlichste Strecke der Stadt für Radfahrer. Allein im vergangenen Jahr registrierte die Polizei dort siebzehn Unfälle mit Verletzten. Gleichzeitig ist die Zahl der Pendler, die mit dem Rad zum Hafen fahren, seit der Eröffnung der neuen Fährlinie deutlich gestiegen.</p>
<blockquote><p>Wir bauen nicht für die Radfahrer, die heute schon fahren. Wir bauen für die, die sich bisher nicht trauen.</p></blockquote>
<p>Mit diesen Worten warb Baudezernentin Katrin Albers vor der Abstimmung für das Projekt. Die Kosten von rund 4,8 Millionen Euro übernehmen zu zwei Dritteln das Land und der Bund.</p>
<h2>Der Zeitplan</h2>
<ol>
<li>Im April beginnen die Arbeiten am nördlichen Abschnitt zwischen Bahnhof und Strandbad.</li>
<li>Im Juni folgt der mittlere Abschnitt an der Promenade; hier wird nur nachts gearbeitet, um den Sommerbetrieb nicht zu stören.</li>
<li>Der letzte Abschnitt bis zum Fährhafen soll im Oktober fertig werden.</li>
</ol>
<p>Während der Bauarbeiten wird der Radverkehr über die parallele Dünenstraße umgeleitet. Einige Geschäftsleute an der Promenade hatten gegen den Wegfall der Parkplätze protestiert; die Stadt hat ihnen zugesagt, Lieferzonen einzurichten und die Bauzeiten mit ihnen abzustimmen.</p>
<p>Auch in Port Merrow wird das Projekt aufmerksam verfolgt. Der Radweg auf der neu eröffneten Drehbrücke soll nach dem Willen der dortigen Radfahrverbände nur der Anfang sein. Pläne und Karten zum Vorhaben in Hafenau stehen auf der <a href="https://example.org/hafenau/radweg-kuestenstrasse">Website der Stadt</a>.</p>
`,
    source: { name: 'Stadt Hafenau, Beschlussvorlage 2026/014', url: 'https://example.org/hafenau/ratsinformation/2026-014' },
    author: by('claire-moreau'),
  },
  {
    id: 'hg-2026-0090',
    slug: 'regata-juvenil-puerto-albar',
    title: 'Cuarenta jóvenes regatistas llenan de velas la bahía de Puerto Albar',
    section: 'Deportes',
    publishedAt: '2026-02-10T17:40:00+01:00',
    language: 'es',
    tags: tagList('sport', 'harbour', 'education'),
    image: image('regatta-sails', 'Pequeños veleros de colores navegando en una bahía tranquila', 'La flota juvenil, antes de la primera manga.'),
    summary: 'La regata de invierno de la ciudad hermanada con Port Merrow reunió a cuarenta regatistas de entre diez y dieciséis años, seis de ellos venidos de la escuela de vela del puerto inglés.',
    bodyHtml: `
<p>El viento sopló justo lo necesario el sábado en la bahía de Puerto Albar. Cuarenta regatistas de entre diez y dieciséis años participaron en la regata juvenil de invierno, la competición más antigua del club náutico de la ciudad, que este año contó por primera vez con un equipo llegado desde Port Merrow, su ciudad hermanada.</p>
<p>Las embarcaciones, pequeños veleros de una sola plaza, salieron del puerto deportivo a las once de la mañana y disputaron tres mangas frente a la playa de la Concha. El público siguió la prueba desde el paseo marítimo, donde el club instaló una pantalla con imágenes de un dron.</p>
<h2>Un intercambio que empieza en el agua</h2>
<p>Los seis jóvenes de Port Merrow forman parte de un programa de intercambio entre las escuelas de vela de ambas ciudades. Durante una semana se alojan con familias de Puerto Albar, entrenan por las mañanas y asisten a clases de español por las tardes. En julio, seis regatistas españoles harán el viaje en sentido contrario.</p>
<blockquote><p>En el agua no hace falta hablar el mismo idioma. Todos saben lo que significa una ráfaga por la izquierda.</p></blockquote>
<p>Así lo explicaba Lucía Ferrer, entrenadora del club náutico, mientras ayudaba a sacar los barcos del agua. Según ella, los visitantes tardaron apenas un día en adaptarse a las corrientes de la bahía, muy distintas de las del puerto inglés.</p>
<h2>Los resultados</h2>
<ul>
<li>En la categoría de menores de trece años ganó Mateo Olmedo, del club local, que se impuso en dos de las tres mangas.</li>
<li>En la categoría de mayores, la victoria fue para Aoife Brennan, de Port Merrow, por un solo punto.</li>
<li>El premio a la deportividad fue para Daniel Ruiz, que se detuvo a ayudar a un rival que había volcado.</li>
</ul>
<p>El alcalde de Puerto Albar, presente en la entrega de trofeos, anunció que el ayuntamiento financiará dos nuevas embarcaciones para que los colegios públicos de la ciudad puedan ofrecer clases de vela gratuitas a partir del próximo curso. La clasificación completa y las fotografías de la jornada pueden consultarse en la <a href="https://example.org/puerto-albar/club-nautico/regata-invierno">página del club náutico</a>.</p>
<p>La próxima cita será en abril, con el campeonato regional, en el que el club espera presentar a una docena de sus regatistas más jóvenes.</p>
`,
    author: by('claire-moreau'),
    readingTimeMinutes: 3,
  },
  {
    id: 'hg-2026-0084',
    slug: 'calligraphy-festival-quayside',
    title: 'مهرجان الخط العربي يملأ أرصفة الميناء بالحروف والألوان',
    section: 'ثقافة',
    publishedAt: '2026-02-06T13:00:00+00:00',
    language: 'ar',
    tags: tagList('culture', 'city', 'education'),
    image: image('calligraphy-ink', 'قطع قماش مزينة بأشكال هندسية معلقة على رصيف الميناء', 'لوحات معلقة على رصيف الميناء القديم خلال المهرجان.'),
    summary: 'شارك أكثر من ثلاثين خطاطاً من المدينة وخارجها في الدورة الأولى من مهرجان الخط العربي على الرصيف القديم، مع ورش عمل مجانية للأطفال والكبار.',
    bodyHtml: `
<p>تحوّل الرصيف القديم في ميناء بورت ميرو يوم السبت الماضي إلى معرض مفتوح للحروف، إذ استضاف الدورة الأولى من مهرجان الخط العربي، الذي نظمته الجمعية الثقافية العربية في المدينة بالتعاون مع المكتبة المركزية. وشارك في المهرجان أكثر من ثلاثين خطاطاً من المدينة ومن مدن أخرى، وزاره ما يزيد على ألفي شخص خلال يوم واحد.</p>
<p>عُلّقت اللوحات على حبال ممتدة بين أعمدة الإنارة القديمة، فكانت الريح القادمة من البحر تحرّكها بهدوء، وكأن الحروف نفسها تتمايل. وتنوعت الأعمال بين خط الثلث والنسخ والديواني والكوفي، إلى جانب أعمال معاصرة تمزج الحرف العربي بالألوان والأشكال الهندسية.</p>
<h2>ورش للصغار والكبار</h2>
<p>لم يكن المهرجان معرضاً فحسب، بل كان أيضاً مساحة للتعلم. فقد أقيمت طوال اليوم ورش عمل مجانية في خيمة كبيرة قرب مبنى الجمارك القديم، تعلّم فيها المشاركون أساسيات الكتابة بالقلم القصبي والحبر. وكانت الورش مفتوحة للجميع، سواء أكانوا يتحدثون العربية أم لا.</p>
<ul>
<li>ورشة للأطفال لكتابة أسمائهم بخط النسخ وتزيينها بالألوان.</li>
<li>ورشة للكبار حول تحضير القلم القصبي وقصّه بالطريقة التقليدية.</li>
<li>جلسة حوارية عن تاريخ الخط العربي في الموانئ والمدن التجارية.</li>
</ul>
<blockquote><p>الخط ليس مجرد كتابة جميلة، إنه طريقة للتأمل والصبر. أردنا أن يرى أهل المدينة، عرباً وغير عرب، هذا الجمال على رصيف يعرفونه جميعاً.</p></blockquote>
<p>بهذه الكلمات تحدثت سلمى العطار، رئيسة الجمعية الثقافية العربية، التي أكدت أن فكرة المهرجان نشأت قبل عامين خلال أمسية صغيرة في المكتبة المركزية، حين اجتمع عدد من الخطاطين لتعليم بعض الأطفال كتابة الحروف.</p>
<h2>حضور لافت ومستقبل واعد</h2>
<p>لفت المهرجان انتباه سكان المدينة من مختلف الخلفيات، إذ وقف كثير من الزوار طويلاً أمام الخطاطين وهم يعملون، وطرحوا أسئلة عن معاني العبارات المكتوبة وعن أدوات الكتابة. وقال أحد الزوار، وهو صياد متقاعد يسكن قرب الميناء، إنه لم يكن يتوقع أن يجد نفسه في ورشة يتعلم فيها كتابة اسمه بحروف لم يعرفها من قبل.</p>
<p>وأعلن المنظمون أن المهرجان سيصبح حدثاً سنوياً، وأن الدورة المقبلة ستتضمن معرضاً مشتركاً مع خطاطين من مدينتي روشمير وبويرتو ألبار، المدينتين التوأمين لبورت ميرو. كما ستعرض المكتبة المركزية مختارات من أعمال هذا العام حتى نهاية الشهر المقبل.</p>
<p>ويمكن الاطلاع على برنامج الورش القادمة وصور المهرجان على <a href="https://example.org/port-merrow/arab-cultural-society/calligraphy">موقع الجمعية الثقافية العربية</a>.</p>
`,
    author: by('leila-haddad'),
  },
  {
    id: 'hg-2026-0078',
    slug: 'library-repair-cafe',
    title: 'At the library’s repair café, nothing is too broken to try',
    section: 'City',
    publishedAt: '2026-02-02T15:10:00+00:00',
    language: 'en',
    tags: tagList('city', 'culture', 'technology'),
    image: image('repair-cafe', ''),
    summary: 'Once a month, volunteers at the Central Library fix toasters, lamps, jumpers and laptops for free. Seven out of ten things leave working.',
    bodyHtml: `
<p>On the first Saturday of every month, the community room of the Central Library fills with broken things. Toasters that no longer toast. Lamps that flicker. A jumper with a hole in the elbow, a pushchair with a wobbling wheel, a laptop that has not switched on since Christmas. And around them, a dozen volunteers with screwdrivers, sewing machines and a great deal of patience.</p>
<p>The Port Merrow Repair Café has been running for three years. Its volunteers keep a careful log of everything that comes through the door, and the numbers are striking: of the 1,412 items brought in so far, 71 per cent left in working order.</p>
<h2>How it works</h2>
<p>There is no charge and no booking. Visitors sign in at the door, describe the problem and wait for a volunteer with the right skills. The rule is that the owner stays and watches, and ideally helps.</p>
<blockquote><p>We are not a free repair shop. We are a place where you learn that the thing you were going to throw away can be opened.</p></blockquote>
<p>That was Colm Devlin, a retired marine engineer who founded the café with two friends from his sailing club. He now spends most sessions at the electrical table, where a queue forms within minutes of the doors opening.</p>
<h2>What comes through the door</h2>
<p>According to the café’s log, the most common repairs are:</p>
<ol>
<li>small kitchen appliances, especially kettles and toasters;</li>
<li>clothes, mostly seams, zips and holes;</li>
<li>lamps and other simple electrical items;</li>
<li>bicycles, which have their own corner by the fire exit;</li>
<li>phones and laptops, where the usual fix is a new battery or a cleaned fan.</li>
</ol>
<p>Some things cannot be saved. Printers are the volunteers’ least favourite visitors, and anything glued shut by its maker is a challenge. But even failures are logged, and the café sends a summary each year to a national campaign calling for a legal right to repair.</p>
<p>The library has noticed an effect beyond the repairs. Loans of books on woodwork, sewing and electronics have doubled since the café started, and the library now lends a small set of tools, from a multimeter to a sewing machine, on a normal library card.</p>
<p>The café is looking for volunteers, especially anyone who can fix clocks. Details are on the <a href="https://example.org/port-merrow/library/repair-cafe">library’s website</a>.</p>
`,
    author: by('nadia-okafor'),
  },
  {
    id: 'hg-2026-0069',
    slug: 'storm-season-preparedness',
    title: 'After a stormy January, the city asks households to get ready for the next one',
    section: 'Climate',
    publishedAt: '2026-01-27T08:00:00+00:00',
    updatedAt: '2026-01-28T12:20:00+00:00',
    language: 'en',
    tags: tagList('climate', 'city', 'harbour', 'ocean'),
    image: image('storm-waves', 'Grey waves breaking over a harbour wall under a heavy sky', 'Waves over the Pier Head wall during Storm Irene on 14 January.'),
    summary: 'Three named storms in a month flooded the east quays twice. The council has published a simple checklist and opened three new sandbag points.',
    bodyHtml: `
<p>Three named storms reached Port Merrow in the space of four weeks this January, the most in a single month since records began. Two of them, coinciding with spring tides, pushed water over the old quays on the east side of the basin and into the ground floors of eleven homes and four businesses.</p>
<p>No one was hurt. But the council’s emergency planning team says the month was a warning, and on Monday it published a short checklist for households and opened three new points where residents can collect sandbags.</p>
<h2>Before a storm</h2>
<p>The council’s advice is deliberately short:</p>
<ul>
<li>sign up for flood warnings for your street, by text message or by email;</li>
<li>know where your gas, electricity and water can be switched off;</li>
<li>keep a bag with a torch, medicines, chargers, copies of important documents and some cash;</li>
<li>move valuables, and anything you cannot replace, off the ground floor;</li>
<li>check on neighbours who may need help, particularly older people living alone.</li>
</ul>
<blockquote><p>The sea does what the forecast says it will. The difference between a bad night and a disaster is usually what people did in the two days before.</p></blockquote>
<p>That was Siobhan Kearney, the council’s head of emergency planning. She said the new text-message warnings, launched in December, had reached four thousand people within an hour during Storm Irene.</p>
<h2>The longer view</h2>
<p>The east quays are the lowest part of the harbour and the only stretch not protected by the wall raised in 2019. A plan to raise them has been delayed by a dispute over who owns two of the quays. The council said on Tuesday that it had reached an agreement with the owners, and that design work would begin in the spring.</p>
<p>Forecasters say it is too early to know whether the rest of the winter will be as stormy. January’s storms followed an unusually warm autumn in the North Atlantic, which fed them with extra moisture.</p>
<p>The checklist, a map of the sandbag points and the sign-up page for warnings are on the <a href="https://example.org/port-merrow/emergencies/storms">council’s storm page</a>.</p>
<p><em>This article was updated on 28 January to include the agreement on the east quays.</em></p>
`,
    source: { name: 'Port Merrow City Council, emergency planning briefing' },
    author: by('tomas-lindqvist'),
    readingTimeMinutes: 4,
  },
  {
    id: 'hg-2026-0061',
    slug: 'fish-market-night-shift',
    title: 'Four in the morning at the fish market, where the city’s day begins',
    section: 'Food & Markets',
    publishedAt: '2026-01-20T06:30:00+00:00',
    language: 'en',
    tags: tagList('food', 'harbour', 'city'),
    image: image('fish-market-dawn', 'Crates of fish under bright lamps in a market hall before dawn', 'The auction floor at the fish market, shortly after four o’clock.'),
    summary: 'Before the first bus runs, the fish market has sold most of the night’s catch. We spent a night shift with the people who keep it going.',
    bodyHtml: `
<p>At ten to four in the morning, the only lights on the Fish Quay are in the market hall. Inside, it is bright, cold and loud. Forklifts beep as they bring in the last crates from the boats that came in overnight, and buyers in rubber boots walk slowly along the rows, lifting the odd fish to check its eyes and gills.</p>
<p>At four o’clock precisely, a bell rings and the auction begins.</p>
<h2>The auction</h2>
<p>Port Merrow’s fish market still sells the way it did a century ago, by auction, lot by lot, although the prices now appear on a screen above the auctioneer’s head rather than in chalk. Most of the buyers are wholesalers who will have the fish in restaurants and shops across the region by lunchtime. A few are local fishmongers, and one is the head chef of the city’s best-known seafood restaurant, who comes in person three mornings a week.</p>
<blockquote><p>You can buy fish from a website. But you cannot smell it, and you cannot argue with it.</p></blockquote>
<p>The market’s longest-serving auctioneer, Tommy Quinlan, has been calling lots for thirty-one years. He speaks fast, and the bids come faster: a nod, a raised finger, a tap on a clipboard. A box of hake sells in eleven seconds.</p>
<h2>A smaller fleet, a steadier market</h2>
<p>There are fewer boats than there used to be. Twenty-two vessels land their catch here regularly, down from more than sixty in the 1990s. But the market’s manager, Ruth Okonjo, says prices have been steadier in the last few years, helped by a growing demand for species that were once thrown back:</p>
<ul>
<li>gurnard and dab, now on the menus of several restaurants in the city;</li>
<li>megrim, most of which goes to buyers in Spain;</li>
<li>spider crab, which local cooks have started to rediscover.</li>
</ul>
<p>By half past five, the hall is nearly empty. The floor is hosed down, the crates are stacked, and the night staff drink tea in a small office above the hall, watching the first light come up over the breakwater. Outside, the first bus of the day pulls into Fish Quay, empty.</p>
<p>The market opens to visitors on the last Friday of each month for a guided early-morning tour. Places can be booked on the <a href="https://example.org/port-merrow/fish-market/tours">market’s website</a>.</p>
`,
    disclosure: {
      text: 'The author’s brother works as a porter at the fish market. He is not quoted in this article.',
    },
    author: by('nadia-okafor'),
  },
];
