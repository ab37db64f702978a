import Fastify from 'fastify';

// Information only, beside the API benchmark: bare Fastify answering a constant, the ceiling of
// any route on this machine (a page of 50 rows from a database is not a constant).
const app = Fastify({ logger: false });
app.get('/constant', async () => ({ status: 'ok', items: [] }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
