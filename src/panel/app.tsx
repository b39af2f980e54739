// The panel's root component: the two controllers' states drawn by PanelShell, the reader's
// actions routed to them. index.tsx mounts it on the real browser; tests on a fake one.
import { useEffect, useState } from 'preact/hooks';
import { PanelShell, type ShellActions } from './components/PanelShell';
import type { PanelController } from './controller';
import type { HighlightsController } from './highlights-controller';

/** The reader's actions, each handed to the controller that owns it. */
export function shellActions(panel: PanelController, highlights: HighlightsController): ShellActions {
  return {
    panel: {
      reveal: (item) => void panel.reveal(item),
      enableSite: () => void panel.enableSite(),
      retry: () => void panel.refresh(),
    },
    highlights: {
      setScope: (scope) => highlights.setScope(scope),
      search: (query) => highlights.search(query),
      reveal: (id) => void highlights.reveal(id),
      open: (highlight) => highlights.open(highlight),
      edit: (id, changes) => void highlights.edit(id, changes),
      remove: (id) => void highlights.remove(id),
      undoDelete: () => void highlights.undoDelete(),
      exportAs: (format) => void highlights.exportAs(format),
      importText: (text) => void highlights.importText(text),
    },
    chooseView: (view) => highlights.setView(view),
    save: (item) => void highlights.saveItem(item),
    dismissNotice: () => highlights.dismissNotice(),
  };
}

/** The whole panel, redrawn whenever either controller changes. */
export function App({ panel, highlights }: { panel: PanelController; highlights: HighlightsController }) {
  const [panelState, setPanelState] = useState(panel.state);
  const [highlightsState, setHighlightsState] = useState(highlights.state);
  const [actions] = useState(() => shellActions(panel, highlights));
  useEffect(() => {
    // Effects run after a frame (much later in a hidden tab): an answer that came meanwhile is
    // in the controllers already.
    setPanelState(panel.state);
    setHighlightsState(highlights.state);
    const stopPanel = panel.subscribe(() => setPanelState(panel.state));
    const stopHighlights = highlights.subscribe(() => setHighlightsState(highlights.state));
    return () => {
      stopPanel();
      stopHighlights();
    };
  }, []);
  return <PanelShell state={panelState} highlights={highlightsState} actions={actions} />;
}
