"""The GIL is released while the C++ core works: another Python thread runs during an ingest, a
query and a diagram, and several threads may read one graph while another ingests into it."""
import threading
import time

import policygraph
from conftest import CORPUS


def ticks_during(work):
    """Runs work() while a second thread counts; returns how many counts fell within work()."""
    stop = threading.Event()
    stamps = []

    def count():
        while not stop.is_set():
            stamps.append(time.monotonic())
            time.sleep(0.001)

    counter = threading.Thread(target=count)
    counter.start()
    time.sleep(0.05)
    start = time.monotonic()
    work()
    end = time.monotonic()
    stop.set()
    counter.join()
    return sum(1 for stamp in stamps if start < stamp < end), end - start


def test_another_thread_runs_during_an_ingest():
    graphs = [policygraph.Graph() for _ in range(5)]
    ticks, seconds = ticks_during(lambda: [graph.ingest(CORPUS, jobs=1) for graph in graphs])
    assert all(len(graph.documents()) > 20 for graph in graphs)
    # A held GIL would leave the counter at (nearly) 0 for the whole time (about a second here),
    # which it spends in five calls into C++.
    assert ticks > 20, (ticks, seconds)


def test_another_thread_runs_while_a_diagram_is_drawn(corpus_graph):
    ticks, seconds = ticks_during(lambda: corpus_graph.export("png"))
    assert ticks > 5, (ticks, seconds)


def test_readers_and_an_ingest_at_once(corpus_snapshot):
    graph = policygraph.load(corpus_snapshot)
    errors = []
    answers = []

    def read():
        try:
            for _ in range(20):
                answers.append(len(graph.who_introduced("regional strategic industry").rows))
                graph.export("node-link")
        except Exception as error:  # reported below
            errors.append(error)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    report = graph.ingest_text("Notes\n\nThe Moon Jae-in administration launched the hydrogen valley programme in 2019.\n",
                               name="extra.txt")
    for reader in readers:
        reader.join()
    assert not errors
    assert report.added == 1
    assert set(answers) == {1}
    assert graph.who_introduced("hydrogen valley programme").rows[0]["year"] == 2019
