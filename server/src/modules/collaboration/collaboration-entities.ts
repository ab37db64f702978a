import type { CollaborationEntityType, EntityRef, Role } from '@policyops/contracts';
import { notFound } from '../../http/app-error.js';
import { type DbScope } from '../../db/scope.js';

/** Whose eyes a visibility check is for: the caller, or the recipient of a notification. */
export interface CollaborationViewer {
  id: string;
  role: Role;
}

export interface EntityDisplay {
  title: string;
  /** Web path, e.g. /policies/hate-speech. */
  href: string;
}

/** What a module tells collaboration about one of its entity types. */
export interface CollaborationEntityDefinition {
  type: CollaborationEntityType;
  /** Noun for "… was not found". */
  label: string;
  /**
   * Of these ids, the ones the viewer may see, with a display title and web path. Runs inside
   * the caller's transaction when given one, so it must use `db` only.
   */
  visibleIds(db: DbScope, viewer: CollaborationViewer, ids: string[]): Promise<Map<string, EntityDisplay>>;
  /**
   * Of these people, the ids of those who may see the entity: one batch for all the recipients of
   * a notification. Same rule as `visibleIds`, asked the other way round; `db` only.
   */
  viewersOf(db: DbScope, id: string, viewers: CollaborationViewer[]): Promise<Set<string>>;
}

export const entityKey = (type: string, id: string) => `${type}:${id}`;

/**
 * The registry of entity types that can be commented on, watched and shown in activity.
 * Every visibility decision of the collaboration module goes through it.
 */
export class CollaborationEntities {
  private readonly definitions = new Map<string, CollaborationEntityDefinition>();

  register(definition: CollaborationEntityDefinition): void {
    if (this.definitions.has(definition.type))
      throw new Error(`Collaboration entity type ${definition.type} is registered twice`);
    this.definitions.set(definition.type, definition);
  }

  /** The visible ones among these entities, keyed by `entityKey`. Unregistered types are never visible. */
  async visible(
    db: DbScope,
    viewer: CollaborationViewer,
    refs: { type: string; id: string }[],
  ): Promise<Map<string, EntityRef>> {
    const idsByType = new Map<string, Set<string>>();
    for (const ref of refs) idsByType.set(ref.type, (idsByType.get(ref.type) ?? new Set()).add(ref.id));
    const out = new Map<string, EntityRef>();
    for (const [type, ids] of idsByType) {
      const definition = this.definitions.get(type);
      if (!definition) continue;
      const found = await definition.visibleIds(db, viewer, [...ids]);
      for (const [id, display] of found) out.set(entityKey(type, id), { type: definition.type, id, ...display });
    }
    return out;
  }

  /** The entity if the viewer may see it. Throws NOT_FOUND otherwise (not allowed to know = not there). */
  async require(db: DbScope, viewer: CollaborationViewer, type: string, id: string): Promise<EntityRef> {
    const found = (await this.visible(db, viewer, [{ type, id }])).get(entityKey(type, id));
    if (!found) throw notFound(this.definitions.get(type)?.label ?? 'Record');
    return found;
  }

  /** Whether the viewer may see the entity. */
  async canSee(db: DbScope, viewer: CollaborationViewer, type: string, id: string): Promise<boolean> {
    return (await this.visible(db, viewer, [{ type, id }])).has(entityKey(type, id));
  }

  /** Of these people, the ids of those who may see the entity (none for an unregistered type). */
  async viewersOf(db: DbScope, type: string, id: string, viewers: CollaborationViewer[]): Promise<Set<string>> {
    const definition = this.definitions.get(type);
    if (!definition || viewers.length === 0) return new Set();
    return definition.viewersOf(db, id, viewers);
  }
}
