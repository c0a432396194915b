/** The smallest label size, in CSS pixels, we let a schematic shrink to on a phone. */
export const smallestLabelPx = 11;

export interface FigureSize {
	width: number;
	height: number;
	/** The width at which the figure's smallest label is still `smallestLabelPx` tall. */
	readableWidth: number;
}

/** Reads an SVG's size and smallest font size, and works out how wide it must stay to be read. */
export function figureSize(svg: string, labelPx = smallestLabelPx): FigureSize {
	const root = svg.match(/<svg\b[^>]*>/)?.[0] ?? '';
	const attr = (name: string) => Number(root.match(new RegExp(`\\s${name}="([\\d.]+)`))?.[1]);
	const viewBox = root.match(/\sviewBox="([^"]+)"/)?.[1]?.trim().split(/[\s,]+/).map(Number);
	const width = attr('width') || viewBox?.[2] || 0;
	const height = attr('height') || viewBox?.[3] || 0;
	if (!width || !height) throw new Error('An illustration needs a width and height or a viewBox.');
	// Labels are drawn in user units; the viewBox maps them onto the image's width.
	const unitsWide = viewBox?.[2] || width;
	const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
	const smallest = sizes.length ? Math.min(...sizes) * (width / unitsWide) : labelPx;
	const readableWidth = Math.min(width, Math.ceil((width * labelPx) / smallest));
	return { width, height, readableWidth };
}
