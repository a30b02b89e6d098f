// A docs site as React builds one: two pages switched on the client (history.pushState), a
// theme switch in the site's header, and two <request-builder> elements on the first page.
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'request-builder';

function usePath() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const back = () => setPath(location.pathname);
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);
  const go = (to) => (e) => {
    e.preventDefault();
    history.pushState(null, '', to);
    setPath(to);
  };
  return [path, go];
}

// The element's change event, read through a ref (React passes unknown props as attributes).
// The widget may have sent its first rb-change before this effect runs: the element's
// properties (.valid, .body, .issues) hold the latest state, so start from them.
function Example({ id, api, mode, theme, hideSubmit }) {
  const ref = useRef(null);
  const [valid, setValid] = useState(null);
  useEffect(() => {
    const el = ref.current;
    if (el.valid !== undefined) setValid(el.valid);
    const changed = (e) => setValid(e.detail.valid);
    el.addEventListener('rb-change', changed);
    return () => el.removeEventListener('rb-change', changed);
  }, []);
  return (
    <section aria-label={`${api} example`}>
      <request-builder ref={ref} id={id} api={api} mode={mode} theme={theme} hide-submit={hideSubmit ? '' : undefined}></request-builder>
      <p className="status" data-for={id}>{valid === null ? 'Loading…' : valid ? 'The body is valid.' : 'The body has issues.'}</p>
    </section>
  );
}

function App() {
  const [path, go] = usePath();
  const [theme, setTheme] = useState('light');
  return (
    <>
      <header>
        <nav>
          <a id="home" href="/" onClick={go('/')}>Examples</a> <a id="away" href="/other" onClick={go('/other')}>Another page</a>
        </nav>
        <button id="theme" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>Theme: {theme}</button>
      </header>
      <main>
        {path === '/other' ? (
          <p id="other">Another page, without widgets.</p>
        ) : (
          <>
            <h1>API docs</h1>
            <Example id="one" api="rds" mode="mysql/single" theme={theme} />
            <Example id="two" api="rabbitmq" theme={theme} hideSubmit />
          </>
        )}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
