import { TimelineBar, lanes, spanOf, timelineSvg } from '../../../apps/api/src/web/views/timeline.svg';

const bar = (over: Partial<TimelineBar>): TimelineBar => ({
  start: '2020-01-01',
  end: '2022-01-01',
  endInferred: false,
  acting: false,
  probationEnd: null,
  label: '甲某',
  tip: '甲某',
  ...over,
});
const SPAN = { from: '2019-01-01', to: '2025-01-01' };
const svgOf = (bars: TimelineBar[], gaps = [] as { from: string; to: string }[]) =>
  timelineSvg([{ label: '某局局长', href: '/post/x', bars }], SPAN, { labelledBy: 'cap1', gaps });

describe('timelineSvg', () => {
  it('is an image labelled by its caption, sized by its viewBox', () => {
    const svg = svgOf([bar({})]);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="cap1" viewBox="0 0 960 \d+" width="100%"/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes names and tooltips from notices', () => {
    const svg = timelineSvg([{ label: '<b>&', bars: [bar({ label: '"x"<', tip: '<script>' })] }], SPAN, { labelledBy: 'c' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('places a bar by its dates: 2020 to 2022 of a 2019–2025 span', () => {
    const svg = svgOf([bar({})]);
    // x = 190 + days/span * 748; 2020-01-01 is 365 days into 2192.
    const rect = /<g class="bar"><title>甲某<\/title><rect x="([\d.]+)" y="\d+" width="([\d.]+)"/.exec(svg)!;
    expect(Number(rect[1])).toBeCloseTo(190 + (365 / 2192) * 748, 0);
    expect(Number(rect[2])).toBeCloseTo((731 / 2192) * 748, 0);
  });

  it('never draws an unknown start as known: hatched, and marked so', () => {
    const known = svgOf([bar({})]);
    const unknown = svgOf([bar({ start: null, startBound: '2019-06-01' })]);
    expect(known).not.toContain('unknown-start');
    expect(unknown).toContain('class="bar unknown-start"');
    expect(unknown).toMatch(/<rect [^>]*fill="url\(#cap1-hatch\)"/);
  });

  it('draws inferred ends, acting tenures, probation and open tenures distinctly', () => {
    expect(svgOf([bar({ endInferred: true })])).toMatch(/class="bar inferred"[\s\S]*stroke-dasharray="3 2"/);
    expect(svgOf([bar({ acting: true })])).toContain('class="bar acting"');
    expect(svgOf([bar({ acting: true })])).toContain('fill="#2d5f8a"');
    expect(svgOf([bar({ probationEnd: '2020-12-31' })])).toContain('<title>试用期</title>');
    expect(svgOf([bar({ end: null })])).toMatch(/<path d="M[\d.]+ \d+l6/);
    expect(svgOf([bar({})])).not.toMatch(/<g class="bar">.*<path/);
  });

  it('never draws a tenure cut by the span’s end as one held to this day', () => {
    expect(svgOf([bar({ end: '2026-03-01' })])).not.toMatch(/<g class="bar">.*<path/s);
    expect(svgOf([bar({ end: '2026-03-01' })])).not.toContain('>至今<');
  });

  it('explains in its key only the marks it draws', () => {
    const plain = svgOf([bar({})]);
    expect(plain).toContain('>任职<');
    expect(plain).not.toContain('>代理<');
    expect(plain).not.toContain('>开始日期未载明<');
    const all = svgOf([bar({ start: null, acting: true, end: null }), bar({ endInferred: true, probationEnd: '2020-06-01' })], [{ from: '2022-01-01', to: '2022-05-01' }]);
    for (const word of ['任职', '开始日期未载明', '试用期', '代理', '推断的离任', '至今', '空缺']) expect(all).toContain(`>${word}<`);
  });

  it('shades the vacancies given, within the span', () => {
    const svg = svgOf([bar({})], [{ from: '2022-01-01', to: '2023-03-01' }]);
    expect(svg).toContain('class="gap"');
    expect(svg).toContain('空缺：2022-01-01 至 2023-03-01');
  });

  it('writes the name inside a bar only where it fits', () => {
    expect(svgOf([bar({})])).toMatch(/<text [^>]*fill="#fff">甲某<\/text>/);
    expect(svgOf([bar({ end: '2020-01-10' })])).not.toMatch(/fill="#fff">甲某</);
  });

  it('links the row label', () => {
    expect(svgOf([bar({})])).toContain('<a href="/post/x"><text');
  });
});

describe('lanes', () => {
  it('puts overlapping tenures of a row on lanes of their own and reuses a lane once free', () => {
    const a = bar({ label: 'a', start: '2020-01-01', end: '2021-01-01' });
    const b = bar({ label: 'b', start: '2020-06-01', end: '2022-01-01' });
    const c = bar({ label: 'c', start: '2021-01-01', end: null });
    expect(lanes([c, b, a], SPAN).map((l) => l.map((x) => x.label))).toEqual([['a', 'c'], ['b']]);
  });
});

describe('spanOf', () => {
  it('runs from the first known year to the year after today or the last day', () => {
    expect(spanOf([bar({ start: '2015-03-01', end: '2018-01-01' })], '2026-12-04')).toEqual({ from: '2015-01-01', to: '2027-01-01' });
    expect(spanOf([bar({ start: null, end: '2018-05-01' })], '2020-01-01')).toEqual({ from: '2016-01-01', to: '2021-01-01' });
  });
});
