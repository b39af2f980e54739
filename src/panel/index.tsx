// The side panel: shows, for one tab, how other outlets worded the page's quotes and reported
// its figures, and the reader's highlights. The controllers hold the state; the components draw
// it; the service is the browser.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PanelShell, type ShellActions } from './components/PanelShell';
import { PanelController } from './controller';
import { HighlightsController } from './highlights-controller';
import { browserPanelService, browserPanelText } from './browser-service';
import { TextContext } from './text';

const service = browserPanelService();
const controller = new PanelController(service);
const highlights = new HighlightsController(service, controller);
const text = browserPanelText();
const actions: ShellActions = {
  panel: {
    reveal: (item) => void controller.reveal(item),
    enableSite: () => void controller.enableSite(),
    retry: () => void controller.refresh(),
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
    importText: (fileText) => void highlights.importText(fileText),
  },
  chooseView: (view) => highlights.setView(view),
  save: (item) => void highlights.saveItem(item),
  dismissNotice: () => highlights.dismissNotice(),
};

function App() {
  const [state, setState] = useState(controller.state);
  const [highlightsState, setHighlightsState] = useState(highlights.state);
  useEffect(() => {
    // Effects run after a frame (much later in a hidden tab): an answer that came meanwhile is
    // in the controllers already.
    setState(controller.state);
    setHighlightsState(highlights.state);
    const stopPanel = controller.subscribe(() => setState(controller.state));
    const stopHighlights = highlights.subscribe(() => setHighlightsState(highlights.state));
    return () => {
      stopPanel();
      stopHighlights();
    };
  }, []);
  return (
    <TextContext.Provider value={text}>
      <PanelShell state={state} highlights={highlightsState} actions={actions} />
    </TextContext.Provider>
  );
}

document.title = text.t('panelTitle');
render(<App />, document.getElementById('app')!);
void highlights.start();
void controller.start();
