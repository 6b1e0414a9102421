import HTTPTypes

/// UndoSnapshotCreation
///
/// 在这里填写API描述
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum UndoSnapshotCreation {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UndoSnapshotCreation",
            method: .put,
            pathTemplate: "/zstack/v1/volumes/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// The `snapShotUuid` field.
        public let snapShotUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - snapShotUuid: The `snapShotUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, snapShotUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.snapShotUuid = snapShotUuid
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.snapShotUuid, rhs.snapShotUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoryReply`` of ``VolumeInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<VolumeInventory>
}

nonisolated extension ZStackClient {
    /// UndoSnapshotCreation
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - snapShotUuid: The `snapShotUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func undoSnapshotCreation(
        uuid: String,
        snapShotUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UndoSnapshotCreation.Response {
        try await undoSnapshotCreation(
            UndoSnapshotCreation.Request(
                uuid: uuid,
                snapShotUuid: snapShotUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UndoSnapshotCreation
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func undoSnapshotCreation(
        _ request: UndoSnapshotCreation.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UndoSnapshotCreation.Response {
        let call = ZStackRequestBuilder(operation: UndoSnapshotCreation.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "undoSnapshotCreation") { wrapped in
                try wrapped.encodeValue(request.snapShotUuid, forKey: "snapShotUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
