import ZStackSDK

/// The server side of ``CreateVolumeSnapshotSchedulerJob``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots`, asynchronous.
nonisolated enum CreateVolumeSnapshotSchedulerJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVolumeSnapshotSchedulerJob.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let snapShotName = try body.wrappedField(String.self, "snapShotName")
                let schedulerName = try body.wrappedField(String.self, "schedulerName")
                let type = try body.wrappedField(CreateVolumeSnapshotSchedulerJobTypeValue.self, "type")
                let volumeSnapshotDescription = try body.wrappedField(String.self, "volumeSnapshotDescription")
                let schedulerDescription = try body.wrappedField(String.self, "schedulerDescription")
                let interval = try body.wrappedField(Int.self, "interval")
                let repeatCount = try body.wrappedField(Int.self, "repeatCount")
                let startTime = try body.wrappedField(Int64.self, "startTime")
                let cron = try body.wrappedField(String.self, "cron")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([ZStackJSONValue].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([ZStackJSONValue].self, "userTags")
                return CreateVolumeSnapshotSchedulerJob.Request(
                    volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                    snapShotName: try call.required(snapShotName, .bodyField("params.snapShotName")),
                    schedulerName: try call.required(schedulerName, .bodyField("params.schedulerName")),
                    type: try call.required(type, .bodyField("params.type")),
                    volumeSnapshotDescription: volumeSnapshotDescription,
                    schedulerDescription: schedulerDescription,
                    interval: interval,
                    repeatCount: repeatCount,
                    startTime: startTime,
                    cron: cron,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createVolumeSnapshotSchedulerJob(request) }
        }
    }
}
