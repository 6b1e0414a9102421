public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVmInstanceFromVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVmInstanceFromVolumeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "fc25d85331d4a04d196b4e7e8c99a192",
            "name": "name",
            "description": "description",
            "zoneUuid": "355af4ad1bcfc447416dc55411e74f40",
            "clusterUuid": "fbf132ab779d178457d93e7a0e4189b4",
            "imageUuid": "3d912f3a880f8e81a9876ca57a958a7a",
            "hostUuid": "31b204eea94da8d34b8bf9d2dc5aa261",
            "lastHostUuid": "81cc53f9c983676f373fec32ccc16fe9",
            "instanceOfferingUuid": "2ce6770eba05adc0ffebdfd167779fc7",
            "rootVolumeUuid": "dc264c63f61eefe960947a4630bfe0f3",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "66f10dec3a68aed387641db2dc92c5bb",
            "type": "type",
            "hypervisorType": "hypervisorType",
            "memorySize": 1,
            "cpuNum": 1,
            "cpuSpeed": 1,
            "allocatorStrategy": "allocatorStrategy",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vmNics": [
              {
                "uuid": "11d2492b77147fb97047ab53b6e12939",
                "vmInstanceUuid": "22e6aac5a29fcaf991d845da62804611",
                "l3NetworkUuid": "f4fee61a08754f45f51ef247041cc706",
                "ip": "ip",
                "mac": "mac",
                "hypervisorType": "hypervisorType",
                "netmask": "netmask",
                "gateway": "gateway",
                "metaData": "metaData",
                "ipVersion": 1,
                "driverType": "driverType",
                "usedIps": [
                  {
                    "uuid": "30a36830dea795fbccdbcc2a982bb5fe",
                    "ipRangeUuid": "02b705f7c8756086599f47fc890e5c15",
                    "l3NetworkUuid": "2188f23bf17d6daf85912ace0100ec00",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "ed44bc2ea503e0a3e7e2390d6d02ca08",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "internalName": "internalName",
                "deviceId": 1,
                "type": "type",
                "state": "state",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "allVolumes": [
              {
                "uuid": "9f21a2ebc87804ed26091ad6ac822737",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "8dbb9235329a93c090beff47e40d867e",
                "vmInstanceUuid": "f5c876384af908b58da563614eddc413",
                "diskOfferingUuid": "9a9716a07649633a9ef0b2614f10d0f8",
                "rootImageUuid": "5e2310464a27349d07ab650be89f034c",
                "installPath": "installPath",
                "type": "type",
                "format": "format",
                "size": 1,
                "actualSize": 1,
                "deviceId": 1,
                "state": "state",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "isShareable": true,
                "volumeQos": "volumeQos",
                "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
                "lastVmInstanceUuid": "110f62d31ec21845e407e4d5cd2fe61e"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "7920546c007a55a097dc38ef2a2d8ea9",
                "vmInstanceUuid": "5df48ad6c9bcbed43206d51c44650b40",
                "deviceId": 1,
                "isoUuid": "0d54a1f78dbf212841dea9403f696ed0",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "guestOsType": "guestOsType"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVmInstanceFromVolume(
        _ request: CreateVmInstanceFromVolume.Request
    ) async throws -> CreateVmInstanceFromVolume.Response {
        try Self.example(CreateVmInstanceFromVolume.Response.self, json: Self.createVmInstanceFromVolumeExample)
    }
}
