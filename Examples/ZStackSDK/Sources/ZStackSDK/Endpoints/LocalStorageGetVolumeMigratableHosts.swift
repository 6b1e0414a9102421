import HTTPTypes

/// LocalStorageGetVolumeMigratableHosts
///
/// 在这里填写API描述
///
/// `GET /zstack/v1/volumes/{volumeUuid}/migration-target-hosts`, synchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum LocalStorageGetVolumeMigratableHosts {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "LocalStorageGetVolumeMigratableHosts",
            method: .get,
            pathTemplate: "/zstack/v1/volumes/{volumeUuid}/migration-target-hosts",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘UUID
        public let volumeUuid: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: 云盘UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(volumeUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.volumeUuid = volumeUuid
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
            guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoriesReply`` of ``HostInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoriesReply<HostInventory>
}

nonisolated extension ZStackClient {
    /// LocalStorageGetVolumeMigratableHosts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/volumes/{volumeUuid}/migration-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - volumeUuid: 云盘UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func localStorageGetVolumeMigratableHosts(
        volumeUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> LocalStorageGetVolumeMigratableHosts.Response {
        try await localStorageGetVolumeMigratableHosts(
            LocalStorageGetVolumeMigratableHosts.Request(
                volumeUuid: volumeUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// LocalStorageGetVolumeMigratableHosts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/volumes/{volumeUuid}/migration-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func localStorageGetVolumeMigratableHosts(
        _ request: LocalStorageGetVolumeMigratableHosts.Request
    ) async throws -> LocalStorageGetVolumeMigratableHosts.Response {
        let call = ZStackRequestBuilder(operation: LocalStorageGetVolumeMigratableHosts.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
