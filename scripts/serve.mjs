// Serves the built site (dist/) on 127.0.0.1, mounted under BASE_PATH like a static host would.
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ port });
console.log(`Serving dist/ at ${url}  (Ctrl+C to stop)`);
