import ZStackSDK

/// The server side of ``BatchDeleteVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous.
nonisolated enum BatchDeleteVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: BatchDeleteVolumeSnapshot.operation,
            bodyWrapper: "batchDeleteVolumeSnapshot"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = BatchDeleteVolumeSnapshot.Request(
                uuids: try call.required(body.wrapped?.uuids, .bodyField("batchDeleteVolumeSnapshot.uuids")),
                deleteMode: body.wrapped?.deleteMode,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.batchDeleteVolumeSnapshot(request) }
        }
    }

    /// The JSON body of a request: `{"batchDeleteVolumeSnapshot": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "batchDeleteVolumeSnapshot")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let uuids: [String]?
            let deleteMode: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.uuids = try object.optionalValue([String].self, forKey: "uuids")
                self.deleteMode = try object.optionalValue(String.self, forKey: "deleteMode")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
