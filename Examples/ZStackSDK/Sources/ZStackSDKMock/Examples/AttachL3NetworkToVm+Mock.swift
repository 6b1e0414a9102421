public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachL3NetworkToVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachL3NetworkToVmExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "1545f5026182a3d642c4839b99e07d58",
            "name": "name",
            "description": "description",
            "zoneUuid": "b65d2c35c5c757bc3d68bdee376ad9de",
            "clusterUuid": "274bddb4ee37844d4e89cf0c71f78825",
            "imageUuid": "0f3c11bcf09d92f803c34db8532f9978",
            "hostUuid": "30954f71d6d84fa8cf986ab137bfe713",
            "lastHostUuid": "d7121816b9048244b0220c3acb1fd85f",
            "instanceOfferingUuid": "f336a9f8c7e273dba8fa00695b3ae107",
            "rootVolumeUuid": "434fe4e72f3cfd46797bb73e6a46689d",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "7eef1b498f298388cf358f6b4523221d",
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
                "uuid": "3d0c473681847b565b89ec7928f051df",
                "vmInstanceUuid": "ba7a801ef44b7ee222fb525a9761aa2c",
                "l3NetworkUuid": "6643c0637cb59ffcd2c8db117523e2d2",
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
                    "uuid": "3ac3eb776d7a4e02f78f1df92669ef5e",
                    "ipRangeUuid": "b7e30f3e1f1476ad29e8664494158dfe",
                    "l3NetworkUuid": "8c3d9bfce9ce3078cd2e8de8f4cf20f9",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "17df290980d70a2ceed701861e2db46d",
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
                "uuid": "e279a64257cdfd5a8814929679cc5871",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "798dd9312841064b9ec907c5508f9c3f",
                "vmInstanceUuid": "102c905442cbed1e01465c116c922b1d",
                "diskOfferingUuid": "882edb2329f74675c936bf44bbc410e6",
                "rootImageUuid": "e734e86e5f08483426d3801def05192e",
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
                "lastVmInstanceUuid": "09fd306af2bdd04eae29ec16017e4d7f"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "2332620fc7e86f4b55bababa1f30fdb0",
                "vmInstanceUuid": "7ecc57223825bba327eb04bf992f826a",
                "deviceId": 1,
                "isoUuid": "5255b9e9aa2bded15ef9c808ea07e625",
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
    public func attachL3NetworkToVm(
        _ request: AttachL3NetworkToVm.Request
    ) async throws -> AttachL3NetworkToVm.Response {
        try Self.example(AttachL3NetworkToVm.Response.self, json: Self.attachL3NetworkToVmExample)
    }
}
