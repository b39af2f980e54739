// The side panel (Preact). For now it introduces itself; the comparison views come with the
// extension issue.
import { render } from 'preact';
import browser from 'webextension-polyfill';

function Panel() {
  return (
    <>
      <h1>{browser.i18n.getMessage('panelTitle')}</h1>
      <p>{browser.i18n.getMessage('panelIntro')}</p>
    </>
  );
}

render(<Panel />, document.getElementById('app')!);
