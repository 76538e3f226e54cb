//! Run each input on one long-lived thread with a large stack, as kforge
//! runs its builds (a thread per input would dominate the run time).
use std::sync::mpsc::{channel, Sender};
use std::sync::{Mutex, OnceLock};

type Job = Box<dyn FnOnce() + Send>;

static WORKER: OnceLock<Mutex<Sender<(Job, Sender<()>)>>> = OnceLock::new();

pub fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let worker = WORKER.get_or_init(|| {
        let (tx, rx) = channel::<(Job, Sender<()>)>();
        std::thread::Builder::new()
            .stack_size(kforge::process::MAIN_STACK)
            .spawn(move || {
                for (job, done) in rx {
                    job();
                    let _ = done.send(());
                }
            })
            .expect("fuzz worker thread");
        Mutex::new(tx)
    });
    let (done_tx, done_rx) = channel();
    worker.lock().expect("worker lock").send((Box::new(f), done_tx)).expect("worker alive");
    done_rx.recv().expect("worker finished the input");
}
