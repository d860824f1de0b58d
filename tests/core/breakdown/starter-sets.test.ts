// Without a catalogue of their own (no project, or a project whose sets are still the starter catalogue),
// a script's Sets report lists only the sets its locations were suggested or mapped to; a catalogue of the
// user's own lists every set, used or not.
import { describe, expect, it } from 'vitest';
import { defaultProject, readProject, withLocationMapping, writeProject } from '../../../src/core/breakdown';
import { sample, textSeries } from './support';

const EN = 'INT. KITCHEN - DAY\n\nAnn cooks.\n\nEXT. SPACEPORT - NIGHT\n\nShips land.\n\nINT. BANK OFFICE - DAY\n\nA queue.\n';

describe('the Sets report without a catalogue of the user', () => {
  it('lists only the starter sets some location went to, with no project', () => {
    const b = textSeries(EN);
    expect(b.sets.map((s) => [s.id, s.scenes])).toEqual([['tw-home-kitchen', 1], ['office', 1]]);
    expect(b.unmapped).toEqual(['SPACEPORT']);
  });

  it('does the same with the starter project, mapped or saved and read back', () => {
    expect(textSeries(EN, { project: defaultProject() }).sets.map((s) => s.id)).toEqual(['tw-home-kitchen', 'office']);
    const mapped = withLocationMapping(defaultProject(), 'SPACEPORT', 'car');
    const read = readProject(writeProject(mapped));
    if (!read.ok) throw new Error(read.message);
    expect(textSeries(EN, { project: read.project }).sets.map((s) => s.id)).toEqual(['tw-home-kitchen', 'office', 'car']);
  });

  it('lists every set of a catalogue the user made, used or not', () => {
    const project = defaultProject();
    project.sets = [...project.sets.slice(0, 2), { id: 'pier', name: 'Harbour pier', aliases: [], keywords: ['pier'] }];
    expect(textSeries(EN, { project }).sets.map((s) => [s.id, s.scenes])).toEqual([['tw-street-market', 0], ['tw-street-arcade', 0], ['pier', 0]]);
    expect(sample('en').sets).toHaveLength(10);
  });
});
