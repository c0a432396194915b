import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureSize, smallestLabelPx } from '../../src/utils/figure';

describe('how wide a figure must stay for its labels to be read', () => {
	it('scales the width so the smallest label is drawn at the smallest readable size', () => {
		const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400"><text font-size="16">a</text><g font-size="14"/></svg>';
		expect(figureSize(svg, 11)).toEqual({ width: 640, height: 400, readableWidth: Math.ceil((640 * 11) / 14) });
	});

	it('reads the viewBox when the drawing is scaled, and never asks for more than the natural width', () => {
		// Drawn in 1280 units on a 640 px image: a 20-unit label is 10 px.
		expect(figureSize('<svg width="640" height="400" viewBox="0 0 1280 800"><text font-size="20"/></svg>', 11).readableWidth).toBe(640);
		expect(figureSize('<svg viewBox="0 40 940 256"><text style="font-size: 22px"/></svg>', 11)).toEqual({ width: 940, height: 256, readableWidth: 470 });
	});

	it('refuses an SVG without a size', () => {
		expect(() => figureSize('<svg><text font-size="12"/></svg>')).toThrow();
	});

	it.each(readdirSync('public/illustrations').filter((f) => f.endsWith('.svg')))('%s has a size and labels to measure', (file) => {
		const svg = readFileSync(`public/illustrations/${file}`, 'utf8');
		const { width, readableWidth } = figureSize(svg);
		expect(svg).toMatch(/font-size/);
		expect(readableWidth).toBeGreaterThan(0);
		expect(readableWidth).toBeLessThanOrEqual(width);
		expect(smallestLabelPx).toBeGreaterThanOrEqual(11);
	});
});
