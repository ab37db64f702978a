import Fastify from 'fastify';

// The reference point of the API benchmark: bare Fastify answering a constant.
const app = Fastify({ logger: false });
app.get('/constant', async () => ({ status: 'ok', items: [] }));

// The same bytes as one page of the list endpoint, pre-serialised: the ceiling for any 50-record page.
let page = '{}';
app.post('/page', async (request) => {
  page = JSON.stringify(request.body);
  return { bytes: page.length };
});
app.get('/page', async (_request, reply) => reply.type('application/json; charset=utf-8').send(page));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
