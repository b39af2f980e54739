// The side panel: shows, for one tab, how other outlets worded the page's quotes and reported
// its figures, and the reader's highlights. The controllers hold the state; the components draw
// it; the service is the browser.
import { render } from 'preact';
import { App } from './app';
import { browserPanelService, browserPanelText } from './browser-service';
import { PanelController } from './controller';
import { HighlightsController } from './highlights-controller';
import { TextContext } from './text';

const service = browserPanelService();
const panel = new PanelController(service);
const highlights = new HighlightsController(service, panel);
const text = browserPanelText();

document.title = text.t('panelTitle');
render(
  <TextContext.Provider value={text}>
    <App panel={panel} highlights={highlights} />
  </TextContext.Provider>,
  document.getElementById('app')!,
);
void highlights.start();
void panel.start();
