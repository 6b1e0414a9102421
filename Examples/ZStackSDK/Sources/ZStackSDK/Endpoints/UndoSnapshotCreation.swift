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
    public static let operation = ZStackOperation(
        id: "UndoSnapshotCreation",
        method: .put,
        pathTemplate: "/zstack/v1/volumes/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// The `snapShotUuid` field.
        public var snapShotUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"undoSnapshotCreation": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "undoSnapshotCreation"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var snapShotUuid: String

            init(_ request: Request) {
                self.snapShotUuid = request.snapShotUuid
            }

            private enum CodingKeys: String, CodingKey {
                case snapShotUuid = "snapShotUuid"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: VolumeInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: VolumeInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
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
        var call = ZStackRequestBuilder(operation: UndoSnapshotCreation.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UndoSnapshotCreation.Body(request)
        return try await perform(call, polling: polling)
    }
}
