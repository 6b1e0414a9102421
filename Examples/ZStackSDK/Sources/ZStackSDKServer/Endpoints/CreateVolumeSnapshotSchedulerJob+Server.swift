import ZStackSDK

/// The server side of ``CreateVolumeSnapshotSchedulerJob``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots`, asynchronous.
nonisolated enum CreateVolumeSnapshotSchedulerJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVolumeSnapshotSchedulerJob.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVolumeSnapshotSchedulerJob.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                snapShotName: try call.required(body.wrapped?.snapShotName, .bodyField("params.snapShotName")),
                schedulerName: try call.required(body.wrapped?.schedulerName, .bodyField("params.schedulerName")),
                type: try call.required(body.wrapped?.type, .bodyField("params.type")),
                volumeSnapshotDescription: body.wrapped?.volumeSnapshotDescription,
                schedulerDescription: body.wrapped?.schedulerDescription,
                interval: body.wrapped?.interval,
                repeatCount: body.wrapped?.repeatCount,
                startTime: body.wrapped?.startTime,
                cron: body.wrapped?.cron,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.createVolumeSnapshotSchedulerJob(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [ZStackJSONValue]?
        var userTags: [ZStackJSONValue]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var snapShotName: String?
            var volumeSnapshotDescription: String?
            var schedulerName: String?
            var schedulerDescription: String?
            var type: CreateVolumeSnapshotSchedulerJobTypeValue?
            var interval: Int?
            var repeatCount: Int?
            var startTime: Int64?
            var cron: String?
            var resourceUuid: String?
            var systemTags: [ZStackJSONValue]?
            var userTags: [ZStackJSONValue]?

            private enum CodingKeys: String, CodingKey {
                case snapShotName = "snapShotName"
                case volumeSnapshotDescription = "volumeSnapshotDescription"
                case schedulerName = "schedulerName"
                case schedulerDescription = "schedulerDescription"
                case type = "type"
                case interval = "interval"
                case repeatCount = "repeatCount"
                case startTime = "startTime"
                case cron = "cron"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
