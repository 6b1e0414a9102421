import HTTPTypes

/// GetGuestOsMetadata
///
/// 获取虚拟机操作系统元数据
///
/// `GET /zstack/v1/guest-os/metadata`, synchronous, authorization required.
///
/// Category: globalConfig
public nonisolated enum GetGuestOsMetadata {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetGuestOsMetadata",
            method: .get,
            pathTemplate: "/zstack/v1/guest-os/metadata",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取虚拟机操作系统元数据的返回
    ///
    /// An ``InventoriesReply`` of ``GuestOsCharacterInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoriesReply<GuestOsCharacterInventory>
}

nonisolated extension ZStackClient {
    /// GetGuestOsMetadata
    ///
    /// 获取虚拟机操作系统元数据
    ///
    /// `GET /zstack/v1/guest-os/metadata`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取虚拟机操作系统元数据的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getGuestOsMetadata(
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetGuestOsMetadata.Response {
        try await getGuestOsMetadata(
            GetGuestOsMetadata.Request(systemTags: systemTags, userTags: userTags)
        )
    }

    /// GetGuestOsMetadata
    ///
    /// 获取虚拟机操作系统元数据
    ///
    /// `GET /zstack/v1/guest-os/metadata`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取虚拟机操作系统元数据的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getGuestOsMetadata(
        _ request: GetGuestOsMetadata.Request
    ) async throws -> GetGuestOsMetadata.Response {
        let call = ZStackRequestBuilder(operation: GetGuestOsMetadata.operation)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
