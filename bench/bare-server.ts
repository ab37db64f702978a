import Fastify from 'fastify';

// The reference point of the API benchmark: bare Fastify answering a constant.
const app = Fastify({ logger: false });
app.get('/constant', async () => ({ status: 'ok', items: [] }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
