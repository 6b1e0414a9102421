import ZStackSDK

/// The server side of ``BatchSyncVolumeSize``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous.
nonisolated enum BatchSyncVolumeSizeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: BatchSyncVolumeSize.operation, bodyWrapper: nil) { call in
            let body = try call.decodeBody(Body.self)
            let request = BatchSyncVolumeSize.Request(
                clusterUuid: try call.required(body.clusterUuid, .bodyField("clusterUuid")),
                systemTags: body.systemTags,
                userTags: body.userTags
            )
            return { try await handler.batchSyncVolumeSize(request) }
        }
    }

    /// The JSON body of a request.
    private struct Body: Decodable {
        let clusterUuid: String?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.clusterUuid = try object.optionalValue(String.self, forKey: "clusterUuid")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }
    }
}
