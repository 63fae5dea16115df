# Drives a command through a pseudo-terminal for tests/shell/pty.test.ts: runs argv[2:] in a pty,
# then performs the steps in the JSON list argv[1]: {"send": text} writes keystrokes,
# {"expect": regex, "timeout": s} waits until the output so far (since the last match) matches.
# Prints the whole output; exits 1 (with the reason on stderr) when an expectation times out.
import json, os, pty, re, select, sys, time

steps = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.environ['TERM'] = 'xterm'
    os.execvp(sys.argv[2], sys.argv[2:])

out = b''
seen = 0
def read_some(timeout):
    global out
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return False
    try:
        data = os.read(fd, 4096)
    except OSError:
        return None
    if not data:
        return None
    out += data
    return True

status = 0
for step in steps:
    if 'send' in step:
        os.write(fd, step['send'].encode('utf-8'))
        time.sleep(0.05)
        continue
    pattern = re.compile(step['expect'].encode('utf-8'), re.S)
    deadline = time.time() + step.get('timeout', 10)
    while True:
        m = pattern.search(out, seen)
        if m:
            seen = m.end()
            break
        left = deadline - time.time()
        if left <= 0 or read_some(left) is None:
            sys.stderr.write('timed out waiting for %r\n' % step['expect'])
            status = 1
            break
    if status:
        break

# Let the program finish (or stop it), collecting the rest of its output.
deadline = time.time() + 5
while time.time() < deadline:
    if read_some(0.2) is None:
        break
try:
    os.kill(pid, 9)
except OSError:
    pass
sys.stdout.write(out.decode('utf-8', 'replace'))
sys.exit(status)
