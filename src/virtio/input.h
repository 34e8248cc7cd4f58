/* virtio-input (virtio 1.2, 5.8) as a power button: a keyboard-class device whose only key is
 * KEY_POWER. capa attaches one to every VM (as Firecracker always has its i8042), so that
 * `capa stop`, the API's SendCtrlAltDel and SIGTERM to `capa run` can ask the guest to power off
 * cleanly (Linux: virtio_input -> /dev/input/eventN -> acpid -> poweroff).
 *
 * Queues (5.8.2): eventq (0) carries input events to the driver in device-writable buffers, one
 * struct virtio_input_event per buffer; statusq (1) carries the driver's status events (LEDs),
 * which a power button consumes and ignores. No feature bits (5.8.3).
 *
 * Threads: queue work runs on the VM's I/O thread under the transport lock. A press comes from any
 * thread: it queues its events under the transport lock and wakes the I/O thread, which delivers
 * them as soon as the driver has posted eventq buffers. */
#ifndef CAPA_VIRTIO_INPUT_H
#define CAPA_VIRTIO_INPUT_H

#include <stdint.h>

#include "base/io_loop.h"
#include "virtio/mmio.h"

/* struct virtio_input_config (5.8.4): u8 select, u8 subsel, u8 size, u8 reserved[5], then a
 * 128-byte union (string, bitmap, struct virtio_input_absinfo, struct virtio_input_devids). */
#define VIRTIO_INPUT_CFG_SELECT 0
#define VIRTIO_INPUT_CFG_SUBSEL 1
#define VIRTIO_INPUT_CFG_SIZE   2
#define VIRTIO_INPUT_CFG_U      8
#define VIRTIO_INPUT_CFG_U_SIZE 128
#define VIRTIO_INPUT_CFG_LEN    (VIRTIO_INPUT_CFG_U + VIRTIO_INPUT_CFG_U_SIZE)

/* enum virtio_input_config_select (5.8.4). */
#define VIRTIO_INPUT_CFG_UNSET     0x00
#define VIRTIO_INPUT_CFG_ID_NAME   0x01
#define VIRTIO_INPUT_CFG_ID_SERIAL 0x02
#define VIRTIO_INPUT_CFG_ID_DEVIDS 0x03
#define VIRTIO_INPUT_CFG_PROP_BITS 0x10
#define VIRTIO_INPUT_CFG_EV_BITS   0x11
#define VIRTIO_INPUT_CFG_ABS_INFO  0x12

#define VIRTIO_INPUT_EVENTQ  0
#define VIRTIO_INPUT_STATUSQ 1

/* struct virtio_input_event (5.8.6): le16 type, le16 code, le32 value; Linux evdev codes. */
#define VIRTIO_INPUT_EVENT_SIZE 8
#define INPUT_EV_SYN            0x00
#define INPUT_EV_KEY            0x01
#define INPUT_SYN_REPORT        0
#define INPUT_KEY_POWER         116
#define INPUT_BUS_VIRTUAL       0x06

/* What the power button reports as ID_NAME. */
#define VIRTIO_INPUT_POWER_NAME "capa power button"

/* Events held for a driver that has posted no eventq buffers yet: 8 presses of 4 events. A press
 * that does not fit is refused whole (5.8.6.2: no partial input updates). */
#define VIRTIO_INPUT_MAX_PENDING 32

struct virtio_input;

/* Create the power button and attach it to the empty slot t, its queues served on loop. On success
 * the transport owns it (freed by virtio_mmio_fini) and *out (if not NULL) points to it until
 * then. Setup only. 0 or -errno. */
int virtio_input_power_create(struct virtio_mmio *t, struct io_loop *loop,
                              struct virtio_input **out);

/* Press and release the power button: queue KEY_POWER 1, SYN_REPORT, KEY_POWER 0, SYN_REPORT and
 * wake the I/O thread to deliver them. Any thread (takes the transport lock; not from inside a
 * device op). Returns 0; -ENODEV when the driver has not set DRIVER_OK (the press is still queued
 * and delivered once it has and posts buffers); -ENOBUFS when VIRTIO_INPUT_MAX_PENDING events are
 * already waiting (nothing queued). */
int virtio_input_power_press(struct virtio_input *d);

#endif
