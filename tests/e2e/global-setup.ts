import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/static-server.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		basePath: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
	const basePath = process.env.BASE_PATH || '/';
	const { server, url } = await startServer({ base: basePath });
	project.provide('baseUrl', url);
	project.provide('basePath', basePath);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
