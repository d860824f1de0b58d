// The navigator: episodes, and in each its scenes (number, heading, estimated time) with sections and
// synopses. A click jumps to the scene; the caret's scene is marked; dragging a scene moves its text. With a
// series folder open, every episode file is listed and the others can be opened from here.
import { useTranslation } from 'react-i18next';
import { sceneAt } from '../../core/outline';
import type { OutlineEpisode, OutlineScene } from '../../core/outline';
import { moveLines } from '../editor/move-lines';
import { useEditorSnapshot, useWorkspace, useWorkspaceSnapshot } from '../session/context';
import { outlineOf } from '../session/derived';
import type { PanelProps } from '../panels';
import { formatDuration } from '../status/format';
import { SceneList } from './SceneList';

function EpisodeTitle({ episode }: { episode: OutlineEpisode }) {
  const { t } = useTranslation('navigator');
  const name = episode.marker ?? t('wholeScript');
  return (
    <span className="episode-title">
      <span className="name">{name}</span>
      <span className="duration" title={t('durationHint')}>{formatDuration(episode.seconds)}</span>
    </span>
  );
}

function OpenScript() {
  const { t } = useTranslation('navigator');
  const workspace = useWorkspace();
  const snapshot = useEditorSnapshot();
  if (!snapshot) return null;
  const outline = outlineOf(snapshot.script);
  const current = sceneAt(outline, snapshot.caretLine);
  const move = (scene: OutlineScene, target: number) => {
    const view = workspace.view;
    if (!view) return;
    const moved = moveLines(view.state, scene.line, scene.endLine, target, { blankAround: snapshot.script.language === 'en' });
    if (moved) {
      view.dispatch(moved.tr);
      workspace.jumpToLine(moved.firstLine);
    }
  };
  if (outline.length === 0) return <p className="empty">{t('noScenes')}</p>;
  return (
    <>
      {outline.map((episode) => (
        <section key={episode.line} className="episode">
          <button type="button" className="episode-head" onClick={() => workspace.jumpToLine(episode.line)}>
            <EpisodeTitle episode={episode} />
          </button>
          {episode.synopsis && <div className="episode-synopsis">{episode.synopsis}</div>}
          <SceneList items={episode.items} current={current} endLine={episode.endLine} onJump={(line) => workspace.jumpToLine(line)} onMove={move} />
        </section>
      ))}
    </>
  );
}

function SeriesEpisodes() {
  const { t } = useTranslation('navigator');
  const workspace = useWorkspace();
  const { series, doc } = useWorkspaceSnapshot();
  useEditorSnapshot(); // follow saves and edits of kept episodes
  if (!series) return null;
  return (
    <>
      <h2 className="series-name">{t('series', { name: series.name })}</h2>
      {series.episodes.map((episode) => {
        const open = episode.path === doc?.path;
        const read = workspace.library.get(episode.path);
        const error = workspace.library.error(episode.path);
        const outline = read ? outlineOf(read.script) : null;
        const seconds = outline?.reduce((s, e) => s + e.seconds, 0) ?? null;
        return (
          <section key={episode.path} className={open ? 'episode file open' : 'episode file'}>
            <button type="button" className="episode-head" onClick={() => void workspace.openPath(episode.path)} aria-current={open ? 'page' : undefined}>
              <span className="episode-title">
                <span className="name">
                  {episode.name}
                  {workspace.isKeptDirty(episode.path) ? ' •' : ''}
                </span>
                {seconds !== null && <span className="duration">{formatDuration(seconds)}</span>}
              </span>
            </button>
            {error && <div className="problem">{error}</div>}
            {open ? (
              <OpenScript />
            ) : (
              outline?.map((ep) => (
                <SceneList key={ep.line} items={ep.items} current={null} endLine={ep.endLine} onJump={(line) => void workspace.openPath(episode.path, line)} />
              ))
            )}
          </section>
        );
      })}
      {series.problems.map((problem) => (
        <p key={problem} className="problem">{problem}</p>
      ))}
    </>
  );
}

export function NavigatorPanel({ active }: PanelProps) {
  const { series } = useWorkspaceSnapshot();
  if (!active) return null;
  return <nav className="navigator">{series ? <SeriesEpisodes /> : <OpenScript />}</nav>;
}
