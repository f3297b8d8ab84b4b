"""kill -9 in the middle of a run leaves no file under the output name, and keeps an
earlier good one intact."""
import os
import signal
import subprocess
import time
import e2e

c = e2e.Checks("interrupt")
exe = e2e.dossier()
tmp = e2e.tempdir()
out = os.path.join(tmp, "briefing.pdf")

# Enough articles that writing the PDF takes a moment: the reference article, many times.
articles = []
for i in range(60):
    path = os.path.join(tmp, f"a{i:03}.txt")
    text = open(e2e.REFERENCE).read().replace("id: trump-kim-talks", f"id: copy-{i}")
    open(path, "w").write(text)
    articles.append(path)


def kill_while_writing():
    """Starts a run, kills it once its temporary PDF exists; returns True if it got one."""
    p = subprocess.Popen([exe, "run", "-o", out] + articles, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while p.poll() is None and time.time() < deadline:
        if [f for f in os.listdir(tmp) if "briefing.pdf" in f and f != "briefing.pdf"]:
            p.send_signal(signal.SIGKILL)
            p.wait()
            return True
        time.sleep(0.0005)
    p.kill()
    p.wait()
    return False


caught = kill_while_writing()
c.check(caught, "never saw the temporary file while the run was writing")
c.check(not os.path.exists(out), "a file exists under the output name after kill -9")

r = e2e.run([exe, "run", "-o", out, e2e.REFERENCE])
c.check(r.returncode == 0 and os.path.exists(out), f"a normal run failed: {r.stderr}")
if os.path.exists(out):
    before = open(out, "rb").read()
    caught = kill_while_writing()
    c.check(caught, "never saw the temporary file on the second run")
    c.check(os.path.exists(out) and open(out, "rb").read() == before, "the earlier good PDF was changed")
c.done()
