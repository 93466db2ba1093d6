# Keeps a table of available stock (on hand minus reserved, per SKU) from Tally's event stream.
# Usage: TALLY=http://localhost:8080 TOKEN=... python3 available_stock.py
import json, os, urllib.request

CHANGES = {  # event type -> (on-hand change, reserved change) from its data
    "StockReceived": lambda d: (d["quantity"], 0),
    "StockPicked": lambda d: (-d["quantity"], 0),
    "StockAdjusted": lambda d: (d["delta"], 0),
    "StockReserved": lambda d: (0, d["quantity"]),
    "ReservationReleased": lambda d: (0, -d["quantity"]),
    "ReservationReduced": lambda d: (0, -d["quantity"]),
    "ReservedStockPicked": lambda d: (-d["quantity"], -d["quantity"]),
}
on_hand, reserved, last = {}, {}, 0  # keep these (and last) in your own database


def follow(after):
    global last
    request = urllib.request.Request(os.environ["TALLY"] + "/api/events/stream?after=%d" % after,
                                     headers={"Authorization": "Bearer " + os.environ["TOKEN"]})
    with urllib.request.urlopen(request) as stream:
        for line in stream:
            if not line.startswith(b"data: "):
                continue
            event = json.loads(line[6:])
            if event["position"] <= last:
                continue  # delivered again after a reconnect: already applied
            change = CHANGES.get(event["type"])
            if change:
                sku = event["data"]["sku"]
                hand, held = change(event["data"])
                on_hand[sku] = on_hand.get(sku, 0) + hand
                reserved[sku] = reserved.get(sku, 0) + held
                print(sku, "available", on_hand[sku] - reserved[sku], flush=True)
            last = event["position"]


while True:  # reconnects after the server stops, from the last position applied
    try:
        follow(last)
    except OSError:
        import time; time.sleep(1)
