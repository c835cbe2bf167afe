# source: https://github.com/nicknochnack/Tensorflow-in-10-Minutes/issues/2
# family: other
# raises: ValueError
# cause: 2:7
# raise: 4:1
# culprit: y_train | CHURN_MAP | object
# expect: The Churn column is mapped with CHURN_MAP.get(r["Churn"]), but two rows are spelled "yes " / "No " and map to None, so np.array builds an object-dtype target array that Keras cannot turn into a tensor ("Invalid dtype: object"). Normalise the strings (r["Churn"].strip().capitalize()) or use CHURN_MAP[...] so bad labels fail loudly, and cast the targets to float32.
# %%
import csv, io
import numpy as np
import keras
from keras import layers

RAW = """customerID,tenure,MonthlyCharges,Contract,Churn
7590-VHVEG,1,29.85,Month-to-month,No
5575-GNVDE,34,56.95,One year,No
3668-QPYBK,2,53.85,Month-to-month,Yes
7795-CFOCW,45,42.30,One year,No
9237-HQITU,2,70.70,Month-to-month,Yes
9305-CDSKC,8,99.65,Month-to-month,yes 
1452-KIOVK,22,89.10,Month-to-month,No
6713-OKOMC,10,29.75,Month-to-month,No 
7892-POOKP,28,104.80,Month-to-month,Yes
6388-TABGU,62,56.15,One year,No
9763-GRSKD,13,49.95,Month-to-month,No
7469-LKBCI,16,18.95,Two year,No
"""
rows = list(csv.DictReader(io.StringIO(RAW)))
print(len(rows), "customers")
# %%
CONTRACTS = ["Month-to-month", "One year", "Two year"]
CHURN_MAP = {"Yes": 1, "No": 0}

def encode(records):
    X = np.array([[float(r["tenure"]), float(r["MonthlyCharges"])] +
                  [float(r["Contract"] == c) for c in CONTRACTS] for r in records], dtype="float32")
    y = np.array([CHURN_MAP.get(r["Churn"]) for r in records])
    return X, y

X_train, y_train = encode(rows)
# %%
model = keras.Sequential([keras.Input((X_train.shape[1],)),
                          layers.Dense(32, activation="relu"),
                          layers.Dense(1, activation="sigmoid")])
model.compile(loss="binary_crossentropy", optimizer="sgd", metrics=["accuracy"])
# %%
model.fit(X_train, y_train, epochs=2, batch_size=4, verbose=0)
