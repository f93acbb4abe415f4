import type { ReactiveController } from 'lit';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../manager/ui/src/api/api-failure.js';
import {
  EditorController,
  type SaveSteps,
} from '../../../../../manager/ui/src/forms/editor-controller.js';

/** The part of a Lit element the controller talks to, recording what it was told. */
function editorHost() {
  const host = new EventTarget() as EventTarget & {
    updates: number;
    controllers: ReactiveController[];
    addController(controller: ReactiveController): void;
    removeController(controller: ReactiveController): void;
    requestUpdate(): void;
    updateComplete: Promise<boolean>;
  };
  host.updates = 0;
  host.controllers = [];
  host.addController = (controller) => host.controllers.push(controller);
  host.removeController = () => {};
  host.requestUpdate = () => {
    host.updates += 1;
  };
  host.updateComplete = Promise.resolve(true);
  return host;
}

function editor(steps: Partial<SaveSteps<string, string>>, draft = { name: 'Sảnh' }) {
  const host = editorHost();
  const saved: string[] = [];
  const controller = new EditorController<string, string>(
    host as unknown as HTMLElement & typeof host,
    () => draft,
    {
      check: () => ({ ok: true, data: draft.name }),
      submit: async (input) => `saved ${input}`,
      saved: (answer) => saved.push(answer),
      ...steps,
    },
  );
  controller.markClean();
  return { controller, saved, draft };
}

describe('EditorController', () => {
  it('sends a valid draft, then hands the answer on with the draft clean', async () => {
    const { controller, saved, draft } = editor({});
    draft.name = 'Quầy 1';
    await controller.save();
    expect(saved).toEqual(['saved Quầy 1']);
    expect(controller.dirty.isDirty).toBe(false);
    expect(controller.saving).toBe(false);
  });

  it('keeps an invalid draft and puts the errors on its fields', async () => {
    const { controller, saved } = editor({
      check: () => ({ ok: false, errors: { name: 'Bắt buộc nhập.' } }),
      announceInvalid: true,
    });
    await controller.save();
    expect(saved).toEqual([]);
    expect(controller.errors).toEqual({ name: 'Bắt buộc nhập.' });
    expect(controller.failure).toContain('Thông tin chưa hợp lệ');
  });

  it("places the server's field problems and says why it failed", async () => {
    const refusal = new ApiFailure(400, 'invalid_input', 'bad', [
      { path: 'name', message: 'too long' },
    ]);
    const { controller } = editor({ submit: () => Promise.reject(refusal) });
    await controller.save();
    expect(Object.keys(controller.errors)).toEqual(['name']);
    expect(controller.failure).not.toBeNull();
    expect(controller.saving).toBe(false);
  });

  it('does nothing when the editor holds the save back', async () => {
    const { controller, saved } = editor({ check: () => null });
    await controller.save();
    expect(saved).toEqual([]);
    expect(controller.failure).toBeNull();
  });

  it('forgets the error of a field once it is changed', async () => {
    const { controller } = editor({
      check: () => ({ ok: false, errors: { name: 'x', place: 'y' } }),
    });
    await controller.save();
    controller.fixed('name');
    expect(controller.errors).toEqual({ place: 'y' });
  });
});
