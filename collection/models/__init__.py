from .items import Item, ItemImage
from .sets import ItemCollection
from .vocab import Place, Subject

__all__ = ["Item", "ItemCollection", "ItemImage", "Place", "Subject"]
