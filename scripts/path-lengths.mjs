// Screens before Check per path, read from the flow itself (src/domain/flow/explore.ts) through
// Vite, so the bench counts what ships.
import { createServer } from 'vite';

export async function pathLengths() {
	const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'silent', configFile: false, optimizeDeps: { noDiscovery: true } });
	try {
		const { screensToCheck } = await vite.ssrLoadModule('/src/domain/flow/explore.ts');
		return screensToCheck();
	} finally {
		await vite.close();
	}
}
