"""What the form's browser tests share (form_test.py, holder_test.py): their arguments (SIEG REPO_ROOT),
a scratch folder, and the tally of checks."""
import os
import sys
import tempfile


class Run:
    def __init__(self, prefix):
        self.sieg, self.root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
        os.chdir(self.root)
        self.work = tempfile.mkdtemp(prefix=prefix)
        self.passed = self.failed = 0

    def check(self, label, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {label}" + (f": {detail}" if detail else ""))

    def finish(self, name):
        print(f"{name}: {self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)
