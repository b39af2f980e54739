// The side panel: shows, for one tab, how other outlets worded the page's quotes and reported
// its figures. The controller holds the state; the components draw it; the service is the
// browser.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Panel, type PanelActions } from './components/Panel';
import { PanelController } from './controller';
import { browserPanelService, browserPanelText } from './browser-service';
import { TextContext } from './text';

const controller = new PanelController(browserPanelService());
const text = browserPanelText();
const actions: PanelActions = {
  reveal: (item) => void controller.reveal(item),
  enableSite: () => void controller.enableSite(),
  retry: () => void controller.refresh(),
};

function App() {
  const [state, setState] = useState(controller.state);
  useEffect(() => {
    // Effects run after a frame (much later in a hidden tab): an answer that came meanwhile is
    // in the controller already.
    setState(controller.state);
    return controller.subscribe(() => setState(controller.state));
  }, []);
  return (
    <TextContext.Provider value={text}>
      <Panel state={state} actions={actions} />
    </TextContext.Provider>
  );
}

document.title = text.t('panelTitle');
render(<App />, document.getElementById('app')!);
void controller.start();
