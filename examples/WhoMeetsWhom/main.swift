import PartnerRegistry
print("placeholder")
