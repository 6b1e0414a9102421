public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachVmNicToVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachVmNicToVmExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "ee0994f7d566458e67cdfe8a6955c907",
            "name": "name",
            "description": "description",
            "zoneUuid": "35fdab6d704998bcc6fd0ac39e59404d",
            "clusterUuid": "6362db951779b97df7e74a128fa21ad0",
            "imageUuid": "4a2c93684b9b9f981adb7001f5e3c0d8",
            "hostUuid": "e443fb34a01eb62841957a4778ac1471",
            "lastHostUuid": "8821c6a6ca3fd9ac12eadcc43cf5f235",
            "instanceOfferingUuid": "a8134b528eeb892b86802c8cea9fa982",
            "rootVolumeUuid": "42700d80c95007e68759a86de1074d8e",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "0f87c914a7c0350835a412fa1031f5b4",
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
                "uuid": "6712d1ac4006c4161c856464c85a28cb",
                "vmInstanceUuid": "25998a1c1d6e726ad72c992de002fb02",
                "l3NetworkUuid": "124519fb0ffebbd498c09d50723911cd",
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
                    "uuid": "e99053381eb7827a6bb6f3d19045174d",
                    "ipRangeUuid": "22eee2158e6b3dad1a61f1f5e310a55d",
                    "l3NetworkUuid": "30a524d01e4900d8ff8421b8f8c6dce8",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "feb86079bbd8566c4e2f4b4560775f4e",
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
                "uuid": "789317a1a9f42c9af1cbe23038f42950",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "81b99c8c96574cd31e0cf7a6306e6f21",
                "vmInstanceUuid": "998c0fdcc4a1d8e6ed5614166983a424",
                "diskOfferingUuid": "b5e9125afe1b6d558e3df6944a6f06fd",
                "rootImageUuid": "fcb1e61cee02951413aa07745274445f",
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
                "lastVmInstanceUuid": "254e0c7c69ab72961f5903d31ce44493"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "4a2a6b5bd993ff333c008c67816adc80",
                "vmInstanceUuid": "9d25432a63a7d62bdd57d66ea7f79c42",
                "deviceId": 1,
                "isoUuid": "5bc7ec72c28536497bb06bcc6589a250",
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
    public func attachVmNicToVm(
        _ request: AttachVmNicToVm.Request
    ) async throws -> AttachVmNicToVm.Response {
        try Self.example(AttachVmNicToVm.Response.self, json: Self.attachVmNicToVmExample)
    }
}
