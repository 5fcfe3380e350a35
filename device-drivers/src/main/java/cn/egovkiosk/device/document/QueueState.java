package cn.egovkiosk.device.document;

/**
 * A CUPS queue as {@code lpstat} reports it (javax.print's view of queue state is wrong: it keeps saying
 * "accepting" after cupsreject, device-stack-notes.md).
 *
 * @param name      the queue name
 * @param exists    the scheduler knows the queue
 * @param enabled   the queue is not stopped (cupsdisable or a backend failure stops it)
 * @param accepting the queue takes new jobs (cupsreject makes it refuse)
 * @param detail    lpstat's words, for technicians
 */
public record QueueState(String name, boolean exists, boolean enabled, boolean accepting, String detail) {

    static QueueState missing(String name, String detail) {
        return new QueueState(name, false, false, false, detail);
    }

    /** True when a job sent now would be printed. */
    public boolean ready() {
        return exists && enabled && accepting;
    }
}
