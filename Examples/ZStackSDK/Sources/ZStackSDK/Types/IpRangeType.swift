/// IP地址段类型
public nonisolated struct IpRangeType: Codable, Sendable, Hashable {
    /// 普通地址段
    public var normal: IpRangeType? {
        get { normalStorage?.wrapped }
        set { normalStorage = newValue.map(ZStackIndirect.init) }
    }

    private var normalStorage: ZStackIndirect<IpRangeType>?

    /// 地址池段
    public var addressPool: IpRangeType? {
        get { addressPoolStorage?.wrapped }
        set { addressPoolStorage = newValue.map(ZStackIndirect.init) }
    }

    private var addressPoolStorage: ZStackIndirect<IpRangeType>?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - normal: 普通地址段
    ///   - addressPool: 地址池段
    public init(normal: IpRangeType? = nil, addressPool: IpRangeType? = nil) {
        self.normalStorage = normal.map(ZStackIndirect.init)
        self.addressPoolStorage = addressPool.map(ZStackIndirect.init)
    }

    private enum CodingKeys: String, CodingKey {
        case normalStorage = "Normal"
        case addressPoolStorage = "AddressPool"
    }
}
