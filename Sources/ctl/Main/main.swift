print("aluectl")
