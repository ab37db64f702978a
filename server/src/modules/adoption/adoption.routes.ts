import {
  AckAcknowledgeSchema,
  AckActionResultSchema,
  AckPageSchema,
  AckQuizResultSchema,
  AckQuizSubmitSchema,
  AckReasonSchema,
  AckTokenParamsSchema,
  AckTrainingSchema,
  AdoptionAudienceCreateSchema,
  AdoptionAudienceListQuerySchema,
  AdoptionAudienceListSchema,
  AdoptionAudienceParamsSchema,
  AdoptionAudienceSchema,
  AdoptionAudienceUpdateSchema,
  AdoptionCampaignListQuerySchema,
  AdoptionCampaignListSchema,
  AdoptionCampaignOpenSchema,
  AdoptionCampaignParamsSchema,
  AdoptionCampaignSchema,
  AdoptionCampaignSettingsUpdateSchema,
  AdoptionCurveSchema,
  AdoptionLinkListSchema,
  AdoptionLinkParamsSchema,
  AdoptionLinkRevokeSchema,
  AdoptionLinkSchema,
  AdoptionLinksCreatedSchema,
  AdoptionLinksCreateSchema,
  CampaignAudienceCreateSchema,
  CampaignAudienceParamsSchema,
  CampaignAudienceUpdateSchema,
  NoContentSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { AdoptionAudiencesService } from './adoption-audiences.service.js';
import type { AdoptionCampaignsService } from './adoption-campaigns.service.js';
import type { AdoptionPublicService } from './adoption-public.service.js';

const tags = ['Adoption'];
const publicTags = ['Adoption (public)'];

export interface AdoptionRouteServices {
  audiences: AdoptionAudiencesService;
  campaigns: AdoptionCampaignsService;
  acknowledgements: AdoptionPublicService;
  /** Requests a minute per client on the public acknowledgement routes. */
  publicRatePerMinute: number;
}

export const adoptionRoutes: FastifyPluginAsyncZod<AdoptionRouteServices> = async (
  app,
  { audiences, campaigns, acknowledgements, publicRatePerMinute },
) => {
  const read = { access: 'change_requests.read' } as const;
  const manage = { access: 'change_requests.manage' } as const;
  const open = { access: 'public', rateLimit: { max: publicRatePerMinute, timeWindow: '1 minute' } } as const;

  // ---- Audience directory ----

  app.get(
    '/api/adoption/audiences',
    {
      config: read,
      schema: {
        operationId: 'listAdoptionAudiences',
        tags,
        summary: 'The audience directory: moderation sites, vendor teams, regional teams',
        querystring: AdoptionAudienceListQuerySchema,
        response: { 200: AdoptionAudienceListSchema },
      },
    },
    async (request) => audiences.list(requireActor(request), request.query),
  );

  app.post(
    '/api/adoption/audiences',
    {
      config: manage,
      schema: {
        operationId: 'createAdoptionAudience',
        tags,
        summary: 'Add an audience to the directory',
        body: AdoptionAudienceCreateSchema,
        response: { 201: AdoptionAudienceSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await audiences.create(requireActor(request), request.body)),
  );

  app.patch(
    '/api/adoption/audiences/:audienceId',
    {
      config: manage,
      schema: {
        operationId: 'updateAdoptionAudience',
        tags,
        summary: 'Edit a directory audience (send its version)',
        params: AdoptionAudienceParamsSchema,
        body: AdoptionAudienceUpdateSchema,
        response: { 200: AdoptionAudienceSchema },
      },
    },
    async (request) => audiences.update(requireActor(request), request.params.audienceId, request.body),
  );

  app.delete(
    '/api/adoption/audiences/:audienceId',
    {
      config: manage,
      schema: {
        operationId: 'deleteAdoptionAudience',
        tags,
        summary: 'Remove a directory audience (campaigns keep their copy)',
        params: AdoptionAudienceParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await audiences.remove(requireActor(request), request.params.audienceId, request.query.version);
      return reply.code(204).send(null);
    },
  );

  // ---- Campaigns ----

  app.get(
    '/api/adoption/campaigns',
    {
      config: read,
      schema: {
        operationId: 'listAdoptionCampaigns',
        tags,
        summary: 'Adoption campaigns, newest first (of one CR with changeRequestId)',
        querystring: AdoptionCampaignListQuerySchema,
        response: { 200: AdoptionCampaignListSchema },
      },
    },
    async (request) => campaigns.list(requireActor(request), request.query),
  );

  app.post(
    '/api/adoption/campaigns',
    {
      config: manage,
      schema: {
        operationId: 'openAdoptionCampaign',
        tags,
        summary: 'Open the campaign of a launched CR (201; 200 with the one it already has)',
        body: AdoptionCampaignOpenSchema,
        response: { 200: AdoptionCampaignSchema, 201: AdoptionCampaignSchema },
      },
    },
    async (request, reply) => {
      const { created, campaign } = await campaigns.open(requireActor(request), request.body);
      return reply.code(created ? 201 : 200).send(campaign);
    },
  );

  app.get(
    '/api/adoption/campaigns/:campaignId',
    {
      config: read,
      schema: {
        operationId: 'getAdoptionCampaign',
        tags,
        summary: 'A campaign with its audiences, progress, readiness and gate',
        params: AdoptionCampaignParamsSchema,
        response: { 200: AdoptionCampaignSchema },
      },
    },
    async (request) => campaigns.get(requireActor(request), request.params.campaignId),
  );

  app.patch(
    '/api/adoption/campaigns/:campaignId',
    {
      config: manage,
      schema: {
        operationId: 'updateAdoptionCampaign',
        tags,
        summary: 'Change training, quiz, gate or reminder cadence (send its version)',
        params: AdoptionCampaignParamsSchema,
        body: AdoptionCampaignSettingsUpdateSchema,
        response: { 200: AdoptionCampaignSchema },
      },
    },
    async (request) => campaigns.updateSettings(requireActor(request), request.params.campaignId, request.body),
  );

  app.get(
    '/api/adoption/campaigns/:campaignId/curve',
    {
      config: read,
      schema: {
        operationId: 'getAdoptionCurve',
        tags,
        summary: 'Cumulative acknowledged share per day since launch, in total and per audience',
        params: AdoptionCampaignParamsSchema,
        response: { 200: AdoptionCurveSchema },
      },
    },
    async (request) => campaigns.curve(requireActor(request), request.params.campaignId),
  );

  app.post(
    '/api/adoption/campaigns/:campaignId/audiences',
    {
      config: manage,
      schema: {
        operationId: 'addAdoptionCampaignAudience',
        tags,
        summary: 'Add an audience to a campaign',
        params: AdoptionCampaignParamsSchema,
        body: CampaignAudienceCreateSchema,
        response: { 201: AdoptionCampaignSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await campaigns.addAudience(requireActor(request), request.params.campaignId, request.body)),
  );

  app.patch(
    '/api/adoption/campaigns/:campaignId/audiences/:audienceId',
    {
      config: manage,
      schema: {
        operationId: 'updateAdoptionCampaignAudience',
        tags,
        summary: 'Edit an audience of a campaign: headcount, target, ADKAR readiness (send its version)',
        params: CampaignAudienceParamsSchema,
        body: CampaignAudienceUpdateSchema,
        response: { 200: AdoptionCampaignSchema },
      },
    },
    async (request) =>
      campaigns.updateAudience(
        requireActor(request),
        request.params.campaignId,
        request.params.audienceId,
        request.body,
      ),
  );

  app.delete(
    '/api/adoption/campaigns/:campaignId/audiences/:audienceId',
    {
      config: manage,
      schema: {
        operationId: 'removeAdoptionCampaignAudience',
        tags,
        summary: 'Remove an audience from a campaign, with its links',
        params: CampaignAudienceParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: AdoptionCampaignSchema },
      },
    },
    async (request) =>
      campaigns.removeAudience(
        requireActor(request),
        request.params.campaignId,
        request.params.audienceId,
        request.query.version,
      ),
  );

  // ---- Person links ----

  app.get(
    '/api/adoption/campaigns/:campaignId/audiences/:audienceId/links',
    {
      config: read,
      schema: {
        operationId: 'listAdoptionLinks',
        tags,
        summary: 'The person links of an audience with what each person recorded (never the token)',
        params: CampaignAudienceParamsSchema,
        response: { 200: AdoptionLinkListSchema },
      },
    },
    async (request) => campaigns.listLinks(requireActor(request), request.params.campaignId, request.params.audienceId),
  );

  app.post(
    '/api/adoption/campaigns/:campaignId/audiences/:audienceId/links',
    {
      config: manage,
      schema: {
        operationId: 'createAdoptionLinks',
        tags,
        summary: 'Issue signed, expiring links, one per person (the URLs are shown this once)',
        params: CampaignAudienceParamsSchema,
        body: AdoptionLinksCreateSchema,
        response: { 201: AdoptionLinksCreatedSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .header('Cache-Control', 'no-store')
        .send(
          await campaigns.createLinks(
            requireActor(request),
            request.params.campaignId,
            request.params.audienceId,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/adoption/campaigns/:campaignId/links/:linkId/revoke',
    {
      config: manage,
      schema: {
        operationId: 'revokeAdoptionLink',
        tags,
        summary: 'Withdraw a person link (what the person recorded stays)',
        params: AdoptionLinkParamsSchema,
        body: AdoptionLinkRevokeSchema,
        response: { 200: AdoptionLinkSchema },
      },
    },
    async (request) =>
      campaigns.revokeLink(
        requireActor(request),
        request.params.campaignId,
        request.params.linkId,
        request.body.version,
      ),
  );

  // ---- Public acknowledgement page ----

  const noStore = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

  app.get(
    '/api/public/acknowledgements/:token',
    {
      config: open,
      schema: {
        operationId: 'getAcknowledgementPage',
        tags: publicTags,
        summary: 'What the person on the link is asked to do, and what they recorded',
        security: [],
        params: AckTokenParamsSchema,
        response: { 200: AckPageSchema },
      },
    },
    async (request, reply) => reply.headers(noStore).send(await acknowledgements.get(request.params.token)),
  );

  app.post(
    '/api/public/acknowledgements/:token/acknowledge',
    {
      config: open,
      schema: {
        operationId: 'acknowledgePolicyChange',
        tags: publicTags,
        summary: 'Acknowledge the change (once; a repeat returns the first record)',
        security: [],
        params: AckTokenParamsSchema,
        body: AckAcknowledgeSchema,
        response: { 200: AckActionResultSchema },
      },
    },
    async (request, reply) =>
      reply.headers(noStore).send(await acknowledgements.acknowledge(request.params.token, request.body, request.id)),
  );

  app.post(
    '/api/public/acknowledgements/:token/training',
    {
      config: open,
      schema: {
        operationId: 'recordTrainingCompleted',
        tags: publicTags,
        summary: 'Record the training as completed (once)',
        security: [],
        params: AckTokenParamsSchema,
        body: AckTrainingSchema,
        response: { 200: AckActionResultSchema },
      },
    },
    async (request, reply) =>
      reply.headers(noStore).send(await acknowledgements.training(request.params.token, request.id)),
  );

  app.post(
    '/api/public/acknowledgements/:token/quiz',
    {
      config: open,
      schema: {
        operationId: 'submitAdoptionQuiz',
        tags: publicTags,
        summary: 'Submit quiz answers: scored against the pass mark; retries until passed',
        security: [],
        params: AckTokenParamsSchema,
        body: AckQuizSubmitSchema,
        response: { 200: AckQuizResultSchema },
      },
    },
    async (request, reply) =>
      reply.headers(noStore).send(await acknowledgements.quiz(request.params.token, request.body, request.id)),
  );

  app.post(
    '/api/public/acknowledgements/:token/decline',
    {
      config: open,
      schema: {
        operationId: 'declinePolicyChange',
        tags: publicTags,
        summary: 'Decline to acknowledge, with a reason (once)',
        security: [],
        params: AckTokenParamsSchema,
        body: AckReasonSchema,
        response: { 200: AckActionResultSchema },
      },
    },
    async (request, reply) =>
      reply
        .headers(noStore)
        .send(await acknowledgements.decline(request.params.token, request.body.reason, request.id)),
  );

  app.post(
    '/api/public/acknowledgements/:token/exemption',
    {
      config: open,
      schema: {
        operationId: 'requestAdoptionExemption',
        tags: publicTags,
        summary: 'Ask for an exemption, with a reason (once)',
        security: [],
        params: AckTokenParamsSchema,
        body: AckReasonSchema,
        response: { 200: AckActionResultSchema },
      },
    },
    async (request, reply) =>
      reply
        .headers(noStore)
        .send(await acknowledgements.exemption(request.params.token, request.body.reason, request.id)),
  );
};
